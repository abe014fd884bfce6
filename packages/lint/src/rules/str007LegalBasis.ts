import { outlineIndices } from "../engine/DocumentOutline.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import { hasText, isReview } from "../plan/outlineText.js";
import type { PlanRule } from "../plan/PlanRule.js";

/**
 * STR-007: the front matter, where the review states its legal basis for sharing, is empty
 * (003 §7.1). Its wording is not checked: the template supplies the standard statement.
 */
export const str007LegalBasis: PlanRule = {
  ids: ["STR-007"],
  run({ outline, blocks }) {
    if (!isReview(outline)) return [];
    return outlineIndices(outline, "frontMatter")
      .filter((i) => !hasText(outline.nodes[i]!, blocks))
      .map((i) =>
        nodeFinding(
          "STR-007",
          "error",
          i,
          "State the legal basis for sharing the review (Data Protection Act 2018, Part 3).",
          "Legal basis for sharing",
        ),
      );
  },
};
