import type { PlanRule } from "../plan/PlanRule.js";
import { isReviewDocument, judgementsFinding } from "../plan/reviewJudgements.js";

/**
 * JUDG-006: nowhere in the analysis (entry columns except NFD, and the judgements section) is
 * there a judgement on managers, management oversight, workload, systems or policy: the review
 * judges the practitioner only (001 "Sufficient judgements": 32% of reviews; 003 §3.4.2). Reads the
 * cached `beyondIndividual` block fact. Runs on review documents with at least one judgement
 * written, and reports once, on the judgements section (or the analysis).
 */
export const judg006IndividualLevelOnly: PlanRule = {
  ids: ["JUDG-006"],
  run(input) {
    if (!isReviewDocument(input) || input.blocks.some((b) => b.facts.beyondIndividual)) return [];
    const finding = judgementsFinding(
      input,
      "JUDG-006",
      "warning",
      "The analysis judges only the practitioner: also give judgements on management oversight, managers (SPO, Head of PDU), workload, systems and policy.",
      "judgements only at individual level",
    );
    return finding ? [finding] : [];
  },
};
