import type { Node as PmNode } from "@tiptap/pm/model";

/** For tests: the position of the first occurrence of `text` inside a text node of `doc`, or -1. */
export function posOf(doc: PmNode, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    const index = node.isText ? (node.text ?? "").indexOf(text) : -1;
    if (index >= 0) found = pos + index;
    return true;
  });
  return found;
}
