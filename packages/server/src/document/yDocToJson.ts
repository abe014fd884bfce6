import { BODY_FIELD, buildSfoSchema, type PmNodeJson } from "@sfo-review/schema";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import type * as Y from "yjs";

/** The ProseMirror JSON of a document's body, read through the SFO schema. */
export function yDocToJson(ydoc: Y.Doc): PmNodeJson {
  return yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(BODY_FIELD), buildSfoSchema()).toJSON() as PmNodeJson;
}
