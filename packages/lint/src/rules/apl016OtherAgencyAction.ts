import { allMatches } from "../engine/allMatches.js";
import plan from "../data/planLexicon.json" with { type: "json" };
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";
import type { Finding } from "../Finding.js";
import { escapeRegExp } from "../text/escapeRegExp.js";

const AGENCIES = [...plan.externalAgencies].sort((a, b) => b.length - a.length).map((a) => escapeRegExp(a));
const SUBJECT = new RegExp(`(?:^|[.;\\n]\\s*)((?:${AGENCIES.join("|")}))\\s+(?:to|will|should|must)\\b`, "gi");

/** APL-016: an action given to another agency ("Police to ensure …"); give it to a probation role instead. */
export const apl016OtherAgencyAction: RowRule = {
  ids: ["APL-016"],
  run(row) {
    const out: Finding[] = [];
    for (const m of allMatches(SUBJECT, row.action)) {
      const from = (m.index ?? 0) + m[0].indexOf(m[1]!);
      out.push(
        fieldFinding(
          "APL-016",
          "error",
          row,
          "action",
          `"${m[1]}" is not a probation role: give the action to a probation role who takes the finding to the agency and records its response.`,
          { from, to: from + m[1]!.length },
        ),
      );
    }
    return out;
  },
};
