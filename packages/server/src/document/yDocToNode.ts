import { BODY_FIELD, buildSfoSchema } from "@sfo-review/schema";
import type { Node as PmNode } from "@tiptap/pm/model";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import type * as Y from "yjs";

/** The ProseMirror document of a review's body, read through the SFO schema. */
export function yDocToNode(ydoc: Y.Doc): PmNode {
  return yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(BODY_FIELD), buildSfoSchema());
}
