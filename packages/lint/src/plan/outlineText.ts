import type { DocumentOutline, OutlineNode } from "../engine/DocumentOutline.js";
import type { BlockResult } from "../engine/lintBlock.js";
import { type StructureFacts, structureFacts } from "../engine/structureFacts.js";

/** The document is an SFO review: the STR rules check reviews, at submission for QA and countersignature. */
export const isReview = (outline: DocumentOutline | undefined): outline is DocumentOutline =>
  outline?.root === "review";

/** Whether any block of `node` (outside the not-for-disclosure column) has the structure fact `test`. */
export function someBlock(
  node: OutlineNode,
  blocks: readonly BlockResult[],
  test: (facts: StructureFacts) => boolean,
): boolean {
  for (let k = node.first; k < node.end; k++) {
    const block = blocks[k];
    if (block && block.scope !== "review.analysis.nfd" && test(structureFacts(block))) return true;
  }
  return false;
}

/** `node` holds some written text. */
export const hasText = (node: OutlineNode, blocks: readonly BlockResult[]) => someBlock(node, blocks, (f) => !f.empty);
