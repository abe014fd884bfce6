import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/**
 * APL-003: the action only repeats existing requirements ("PP1 to follow the enforcement policy")
 * and the same cell has no developmental activity. "PP1 to familiarise self with above guidance"
 * passes when the cell also has "SPO2 to discuss guidance with PP1" (002 example row 1).
 */
export const apl003NonDevelopmentalAction: RowRule = {
  ids: ["APL-003"],
  run(row) {
    const hits = findPhrases(row.action, plan.nonDevelopmental);
    if (hits.length === 0 || findPhrases(row.action, plan.developmental).length > 0) return [];
    const h = hits[0]!;
    return [
      fieldFinding(
        "APL-003",
        "warning",
        row,
        "action",
        `"${h.phrase}" only repeats what was already required: add developmental activity (training, reflective supervision, 1:1 work with the QDO, briefing).`,
        h,
      ),
    ];
  },
};
