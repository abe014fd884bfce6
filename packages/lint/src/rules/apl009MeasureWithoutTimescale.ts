import { countDates } from "../plan/countDates.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-009: there is a measure but no date is linked to it, in the measure text or the date cell's measurement date (002). */
export const apl009MeasureWithoutTimescale: RowRule = {
  ids: ["APL-009"],
  run(row) {
    if (!row.measure.trim() || /^n\/?a\.?$/i.test(row.measure.trim())) return [];
    if (row.measureDate || countDates(row.measure) > 0) return [];
    if (!row.actionDate && countDates(row.date) >= 2) return [];
    return [
      fieldFinding(
        "APL-009",
        "warning",
        row,
        "measure",
        'Give the measure a timescale: "audit … by <date>" or a measurement date in the date column.',
      ),
    ];
  },
};
