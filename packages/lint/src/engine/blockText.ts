import type { Node as PmNode } from "@tiptap/pm/model";

/** Text of a textblock; inline leaf nodes (mentions, atoms) count as one U+FFFC so offsets match positions. */
export function blockText(node: PmNode): string {
  if (node.childCount === 1 && node.firstChild!.isText) return node.firstChild!.text!;
  let plain = true;
  node.forEach((child) => {
    if (!child.isText) plain = false;
  });
  return plain ? node.textContent : node.textBetween(0, node.content.size, undefined, "\ufffc");
}
