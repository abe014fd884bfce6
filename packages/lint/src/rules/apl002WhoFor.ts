import plan from "../data/planLexicon.json" with { type: "json" };
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

const LEVELS = new Set(plan.whoForLevels);

/** APL-002: "Who the action is for" is not one of Individual, Team, PDU, Region, National. */
export const apl002WhoFor: RowRule = {
  ids: ["APL-002"],
  run(row) {
    if (LEVELS.has(row.whoFor.trim())) return [];
    return [
      fieldFinding(
        "APL-002",
        "error",
        row,
        "whoFor",
        `"Who the action is for" must be one of ${plan.whoForLevels.join(", ")}.`,
      ),
    ];
  },
};
