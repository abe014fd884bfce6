import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-005: the measure cell is empty or "N/A". */
export const apl005MeasureMissing: RowRule = {
  ids: ["APL-005"],
  run(row) {
    if (row.measure.trim() && !/^n\/?a\.?$/i.test(row.measure.trim())) return [];
    return [
      fieldFinding(
        "APL-005",
        "error",
        row,
        "measure",
        "Say how improvements in practice will be measured (audit or dip sample of a stated number of cases).",
      ),
    ];
  },
};
