import type { BlockResult } from "../engine/lintBlock.js";
import type { RuleId } from "../ruleCatalogue.js";
import { nodeFinding } from "./nodeFinding.js";
import { isReview } from "./outlineText.js";
import type { PlanFinding, PlanInput } from "./PlanRule.js";

const written = (b: BlockResult) => b.text.trim() !== "";

/**
 * Whole-review rules (JUDG-006, JUDG-008) run only on a review document, never on plain text or a
 * single paragraph, where "nowhere in the analysis" would be true of every passage.
 */
export const isReviewDocument = (input: PlanInput) => isReview(input.outline);

/**
 * A finding on the review's judgements section when it is written, else on the analysis. It is a
 * node finding, so the range is a whole textblock that typing never moves out of. Undefined when
 * no judgement has been written yet in either place (JUDG-003 covers empty columns), so that a new
 * review from the template raises nothing.
 */
export function judgementsFinding(
  input: PlanInput,
  rule: RuleId,
  severity: PlanFinding["severity"],
  message: string,
  matchedText: string,
): PlanFinding | undefined {
  const { blocks, outline } = input;
  const section = blocks.some((b) => b.scope === "review.judgements" && written(b));
  if (!section && !blocks.some((b) => b.scope === "review.analysis.judgement" && written(b))) return undefined;
  const node = outline?.nodes.findIndex((n) => n.type === (section ? "judgements" : "analysis")) ?? -1;
  return node < 0 ? undefined : nodeFinding(rule, severity, node, message, matchedText);
}
