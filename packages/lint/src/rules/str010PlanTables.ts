import { outlineIndices } from "../engine/DocumentOutline.js";
import { structureFacts } from "../engine/structureFacts.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import { isReview } from "../plan/outlineText.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

/**
 * STR-010: the action plan has no learning rows, or the review identifies good practice (in the
 * summary, analysis, judgements or learning) and the good practice table has no rows (002, intro:
 * "two distinct sections"). Empty rows are the APL and APG rules' concern.
 */
export const str010PlanTables: PlanRule = {
  ids: ["STR-010"],
  run({ outline, blocks }) {
    if (!isReview(outline)) return [];
    const out: PlanFinding[] = [];
    for (const i of outlineIndices(outline, "learningTable"))
      if (outline.nodes[i]!.childCount === 0)
        out.push(
          nodeFinding(
            "STR-010",
            "error",
            i,
            "The action plan has no learning table rows: add the learning the review identifies.",
            "Learning table",
          ),
        );
    const goodPractice = outlineIndices(outline, "goodPracticeTable").filter((i) => outline.nodes[i]!.childCount === 0);
    if (goodPractice.length > 0 && blocks.some((b) => structureFacts(b).goodPractice))
      for (const i of goodPractice)
        out.push(
          nodeFinding(
            "STR-010",
            "error",
            i,
            "The review identifies good practice but the action plan has no good practice table rows: add how it will be shared.",
            "Good practice table",
          ),
        );
    return out;
  },
};
