import { countDates } from "../plan/countDates.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-014: a row with an action and a measure but only one date. */
export const apl014DatesNotSeparated: RowRule = {
  ids: ["APL-014"],
  run(row) {
    if (!row.action.trim() || !row.measure.trim()) return [];
    const dates = countDates(row.date) + (row.actionDate ? 1 : 0) + (row.measureDate ? 1 : 0);
    if (dates >= 2 || (dates === 0 && !row.date.trim())) return [];
    return [
      fieldFinding(
        "APL-014",
        "info",
        row,
        "date",
        "Give one date for the developmental activity and another for the audit.",
      ),
    ];
  },
};
