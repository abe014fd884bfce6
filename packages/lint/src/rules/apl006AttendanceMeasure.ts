import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-006: the measure is only attendance or completion of training (003 §3.4.3: an action, not a measure). */
export const apl006AttendanceMeasure: RowRule = {
  ids: ["APL-006"],
  run(row) {
    const hits = findPhrases(row.measure, plan.attendance);
    if (hits.length === 0) return [];
    if (findPhrases(row.measure, plan.auditWords).length > 0 || /\bperformance\b/i.test(row.measure)) return [];
    return [
      fieldFinding(
        "APL-006",
        "error",
        row,
        "measure",
        "Attendance at training is an action, not a measurement of change: move it to the action column and add an audit or dip sample.",
      ),
    ];
  },
};
