import { allMatches } from "../engine/allMatches.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";
import { splitOwners } from "../plan/splitOwners.js";
import type { Finding } from "../Finding.js";

const ACTOR = /\b((?:PP|SPO|PDU|QDO|PO|CM)\d*|QDO)\s+(?:\([^)]*\)\s+)?(?:to|will)\b/g;

/** APL-012: only one owner, or a role that acts in the action or measure is missing from the owners. */
export const apl012OwnersIncomplete: RowRule = {
  ids: ["APL-012"],
  run(row) {
    const owners = splitOwners(row.owner);
    if (owners.length === 0) return [];
    const out: Finding[] = [];
    const listed = new Set(owners.flatMap((o) => o.text.split(/\s+/)));
    if (owners.length === 1 && row.whoFor.trim() !== "National")
      out.push(
        fieldFinding(
          "APL-012",
          "warning",
          row,
          "owner",
          "Only one owner: include whose practice improves, who delivers the action and who measures the impact.",
        ),
      );
    const missing = new Set<string>();
    for (const m of allMatches(ACTOR, `${row.action}\n${row.measure}`)) if (!listed.has(m[1]!)) missing.add(m[1]!);
    if (missing.size > 0)
      out.push(
        fieldFinding(
          "APL-012",
          "warning",
          row,
          "owner",
          `${[...missing].join(", ")} act${missing.size === 1 ? "s" : ""} in the action or measure but ${missing.size === 1 ? "is" : "are"} not an owner.`,
        ),
      );
    return out;
  },
};
