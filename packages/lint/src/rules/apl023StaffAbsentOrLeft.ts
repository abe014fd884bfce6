import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";
import { splitOwners } from "../plan/splitOwners.js";
import type { Finding } from "../Finding.js";

const ON_RETURN = /\b(?:on\s+(?:their|his|her)\s+return|on\s+return|when\s+(?:they|he|she)\s+return)/i;

/** APL-023: an owner on long-term absence with no "on return" provision, or who has left (003 §3.4.3; Appendix 4 D2). */
export const apl023StaffAbsentOrLeft: RowRule = {
  ids: ["APL-023"],
  run(row, ctx) {
    const out: Finding[] = [];
    const owners = splitOwners(row.owner);
    for (const owner of owners) {
      const status = ctx.register.entries.find((e) => e.identifier === owner.text)?.status;
      if (status === "absent" && !ON_RETURN.test(`${row.action} ${row.date}`))
        out.push(
          fieldFinding(
            "APL-023",
            "info",
            row,
            "owner",
            `${owner.text} is absent: say how the learning will be taken forward on their return.`,
            owner,
          ),
        );
      else if (status === "left" && owners.length === 1)
        out.push(
          fieldFinding(
            "APL-023",
            "info",
            row,
            "owner",
            `${owner.text} has left: consider whether the learning is wider, and give another owner.`,
            owner,
          ),
        );
    }
    return out;
  },
};
