import { outlineIndices } from "../engine/DocumentOutline.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import { isReview } from "../plan/outlineText.js";
import type { PlanRule } from "../plan/PlanRule.js";

/**
 * STR-006: the review has no glossary entries (003 §4: "include a glossary"). The records examined
 * and the statement of information that could not be obtained are GLOSS-001's, so they are not
 * reported twice.
 */
export const str006Glossary: PlanRule = {
  ids: ["STR-006"],
  run({ outline }) {
    if (!isReview(outline)) return [];
    return outlineIndices(outline, "glossary")
      .filter((i) => outline.nodes[i]!.childCount === 0)
      .map((i) =>
        nodeFinding(
          "STR-006",
          "error",
          i,
          "The glossary is empty: explain the acronyms, tools, interventions and meetings the review uses.",
          "Glossary",
        ),
      );
  },
};
