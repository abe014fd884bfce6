import { BODY_FIELD, buildSfoSchema, META_MAP_NAME, type PmNodeJson, SCHEMA_VERSION } from "@sfo-review/schema";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import type * as Y from "yjs";

/** Builds the Yjs form of a document: the body fragment plus its schema version in the meta map. */
export function jsonToYDoc(json: PmNodeJson): Y.Doc {
  const ydoc = prosemirrorJSONToYDoc(buildSfoSchema(), json, BODY_FIELD);
  ydoc.getMap(META_MAP_NAME).set("schemaVersion", SCHEMA_VERSION);
  return ydoc;
}
