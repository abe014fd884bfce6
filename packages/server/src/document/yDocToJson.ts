import type { PmNodeJson } from "@sfo-review/schema";
import type * as Y from "yjs";
import { yDocToNode } from "./yDocToNode.js";

/** The ProseMirror JSON of a document's body, read through the SFO schema. */
export function yDocToJson(ydoc: Y.Doc): PmNodeJson {
  return yDocToNode(ydoc).toJSON() as PmNodeJson;
}
