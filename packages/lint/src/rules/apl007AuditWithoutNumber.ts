import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-007: an audit or dip sample with no number of cases ("six", "15", "all relevant cases"). */
export const apl007AuditWithoutNumber: RowRule = {
  ids: ["APL-007"],
  run(row) {
    const audits = findPhrases(row.measure, plan.auditWords);
    const mentionsReview =
      /\breview\b/i.test(row.measure) && /\bsupervision|countersigning|cases?\b/i.test(row.measure);
    if (audits.length === 0 && !mentionsReview) return [];
    if (
      /\d/.test(row.measure.replace(/\b\d{1,2}\/\d{1,2}(?:\/\S+)?|\b[A-Z]+\d+\b/g, "")) ||
      findPhrases(row.measure, plan.numberWords).length > 0
    )
      return [];
    const span = audits[0];
    return [
      fieldFinding(
        "APL-007",
        "warning",
        row,
        "measure",
        "State the number of cases to be audited or sampled, and the timescale.",
        span,
      ),
    ];
  },
};
