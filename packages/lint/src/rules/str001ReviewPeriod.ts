import { outlineIndices } from "../engine/DocumentOutline.js";
import { addMonths, formatIsoDate } from "../plan/isoDates.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import { isReview } from "../plan/outlineText.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

const MIN_MONTHS = 6;
const MAX_MONTHS = 24;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const date = (value: unknown) => (typeof value === "string" && ISO.test(value) ? value : undefined);

/**
 * STR-001: the review period in the case record is shorter than six months or reaches back more
 * than two years (003 §3.2). Checked only when both dates are recorded. Whether the period fits the
 * template version (12-month focus in 2022, six months from January 2024) awaits an SME decision
 * (DOMAIN.md §7.3 point 1): the 2024 template still allows earlier periods as context, so it is not checked.
 */
export const str001ReviewPeriod: PlanRule = {
  ids: ["STR-001"],
  run({ outline }) {
    if (!isReview(outline)) return [];
    const out: PlanFinding[] = [];
    for (const i of outlineIndices(outline, "caseRecord")) {
      const start = date(outline.nodes[i]!.attrs.reviewPeriodStart);
      const end = date(outline.nodes[i]!.attrs.reviewPeriodEnd);
      if (!start || !end || end < start) continue;
      const period = `${formatIsoDate(start)} to ${formatIsoDate(end)}`;
      if (addMonths(start, MIN_MONTHS) > end)
        out.push(
          nodeFinding(
            "STR-001",
            "warning",
            i,
            `The review period (${period}) is under six months: cover at least six months where possible, including an earlier sentence that ran straight into this one.`,
            "review period",
          ),
        );
      else if (addMonths(start, MAX_MONTHS) < end)
        out.push(
          nodeFinding(
            "STR-001",
            "warning",
            i,
            `The review period (${period}) reaches back more than two years: examine no more than two years, with earlier history as context.`,
            "review period",
          ),
        );
    }
    return out;
  },
};
