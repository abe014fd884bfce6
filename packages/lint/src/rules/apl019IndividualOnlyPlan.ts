import type { Finding } from "../Finding.js";
import type { LearningRowFields } from "../plan/LearningRowFields.js";

const MAX_ROWS = 12;

/**
 * APL-019 and APL-020, plan level: every learning row is aimed at an individual while the review
 * judges managers, oversight, systems or workload; or there are too many learning points.
 * Findings are on the `whoFor` field of the first row (`row` = 0).
 */
export function apl019IndividualOnlyPlan(
  rows: readonly LearningRowFields[],
  reviewMentionsOrganisation: boolean,
): (Finding & { row: number })[] {
  const out: (Finding & { row: number })[] = [];
  if (
    rows.length > 0 &&
    reviewMentionsOrganisation &&
    rows.every((r) => r.whoFor.trim() === "Individual" || !r.whoFor.trim())
  ) {
    out.push({
      rule: "APL-019",
      severity: "warning",
      row: 0,
      field: "whoFor",
      from: 0,
      to: rows[0]!.whoFor.length,
      message:
        "Every learning point is for an individual, but the review judges managers, systems or workload: add Team, PDU or Region actions.",
    });
  }
  if (rows.length > MAX_ROWS)
    out.push({
      rule: "APL-020",
      severity: "info",
      row: 0,
      field: "objective",
      from: 0,
      to: 0,
      message: `${rows.length} learning points: group objectives for the same individual, team or PDU.`,
    });
  return out;
}
