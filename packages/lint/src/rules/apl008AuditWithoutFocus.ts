import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-008: an audit with no stated focus ("to ensure that", "evidence of", criteria). */
export const apl008AuditWithoutFocus: RowRule = {
  ids: ["APL-008"],
  run(row) {
    const audits = findPhrases(row.measure, plan.auditWords);
    if (
      audits.length === 0 ||
      findPhrases(row.measure, plan.auditFocus).length > 0 ||
      /\bfor\s+\w+/.test(row.measure.slice(audits[0]!.to))
    )
      return [];
    return [
      fieldFinding(
        "APL-008",
        "info",
        row,
        "measure",
        "Say what the audit or dip sample is meant to evidence.",
        audits[0],
      ),
    ];
  },
};
