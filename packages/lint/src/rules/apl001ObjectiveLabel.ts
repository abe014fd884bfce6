import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-001: the area for improvement is a label ("PP1's RMPs and SPs"), not an outcome-focused objective. */
export const apl001ObjectiveLabel: RowRule = {
  ids: ["APL-001"],
  run(row) {
    const text = row.objective.trim();
    if (!text)
      return [
        fieldFinding(
          "APL-001",
          "warning",
          row,
          "objective",
          "The area for improvement is empty: write an outcome-focused objective.",
        ),
      ];
    const words = text.split(/\s+/).length;
    const hasVerb = findPhrases(text, plan.objectiveVerbs).length > 0 || /\bto\s+\w+/.test(text);
    if (words >= 8 && hasVerb) return [];
    return [
      fieldFinding(
        "APL-001",
        "warning",
        row,
        "objective",
        'This reads as a label: write an outcome-focused objective ("PP1 to evidence effective practice in … including …").',
      ),
    ];
  },
};
