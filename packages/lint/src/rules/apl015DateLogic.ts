import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-015: the measurement date is on or before the action date. */
export const apl015DateLogic: RowRule = {
  ids: ["APL-015"],
  run(row) {
    if (!row.actionDate || !row.measureDate || row.measureDate > row.actionDate) return [];
    return [fieldFinding("APL-015", "error", row, "date", "The measurement date must come after the action date.")];
  },
};
