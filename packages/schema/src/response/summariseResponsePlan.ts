import type { PmNodeJson } from "../document/pmNode.schema.js";
import { visitJson } from "../document/visitJson.js";

export interface ResponsePlanSummary {
  /** Agreed, counting "Agreed in principle" with it as the seeds' summary tables do. */
  agreed: number;
  /** How many of `agreed` are "in principle" (flagged for confirmation, RESP-001). */
  agreedInPrinciple: number;
  partlyAgreed: number;
  notAgreed: number;
  /** Recommendations with no category yet. */
  uncategorised: number;
  total: number;
}

/**
 * The summary table of a response plan (Agreed / Partly Agreed / Not Agreed / Total),
 * computed from the recommendation rows so it cannot disagree with them (RESP-009).
 */
export function summariseResponsePlan(docJson: PmNodeJson): ResponsePlanSummary {
  const summary: ResponsePlanSummary = {
    agreed: 0,
    agreedInPrinciple: 0,
    partlyAgreed: 0,
    notAgreed: 0,
    uncategorised: 0,
    total: 0,
  };
  visitJson(docJson, ({ node }) => {
    if (node.type !== "responseRecommendation") return;
    summary.total += 1;
    const category = node.attrs?.category;
    if (category === "Agreed") {
      summary.agreed += 1;
      if (node.attrs?.inPrinciple === true) summary.agreedInPrinciple += 1;
    } else if (category === "Partly Agreed") summary.partlyAgreed += 1;
    else if (category === "Not Agreed") summary.notAgreed += 1;
    else summary.uncategorised += 1;
  });
  return summary;
}
