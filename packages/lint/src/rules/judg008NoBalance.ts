import type { PlanRule } from "../plan/PlanRule.js";
import { isReviewDocument, judgementsFinding } from "../plan/reviewJudgements.js";

/**
 * JUDG-008: the analysis records no practice that met expectations or was good, only deficits
 * (003 §3.4.1-3.4.2: "Good practice, expected practice and any deficits should be commented on
 * to achieve balance"). Reads the cached `balance` block fact; runs on review documents with at
 * least one judgement written, and reports once, on the judgements section (or the analysis).
 */
export const judg008NoBalance: PlanRule = {
  ids: ["JUDG-008"],
  run(input) {
    if (!isReviewDocument(input) || input.blocks.some((b) => b.facts.balance)) return [];
    const finding = judgementsFinding(
      input,
      "JUDG-008",
      "info",
      "The analysis records no practice that met expected standards or was good: for balance, say where practice met expectations.",
      "no expected or good practice recorded",
    );
    return finding ? [finding] : [];
  },
};
