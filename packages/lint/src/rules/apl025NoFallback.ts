import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-025 (good practice): the measure says nothing about what happens if it shows no change. */
export const apl025NoFallback: RowRule = {
  ids: ["APL-025"],
  run(row) {
    if (!row.measure.trim() || findPhrases(row.measure, plan.fallbackCues).length > 0) return [];
    return [
      fieldFinding("APL-025", "info", row, "measure", "Consider adding what happens if the measure shows no change."),
    ];
  },
};
