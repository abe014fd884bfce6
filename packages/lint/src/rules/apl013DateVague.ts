import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { countDates } from "../plan/countDates.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-013: the date cell is empty (error) or has only vague words ("ASAP", "Ongoing", "TBC") (warning). */
export const apl013DateVague: RowRule = {
  ids: ["APL-013"],
  run(row) {
    if (!row.date.trim() && !row.actionDate && !row.measureDate)
      return [fieldFinding("APL-013", "error", row, "date", "Give a date for completion.")];
    if (countDates(row.date) > 0 || row.actionDate || row.measureDate) return [];
    const vague = findPhrases(row.date, plan.vagueDates)[0];
    return [
      fieldFinding(
        "APL-013",
        "warning",
        row,
        "date",
        'The date is vague: give specific dates ("by 14/11/2025").',
        vague,
      ),
    ];
  },
};
