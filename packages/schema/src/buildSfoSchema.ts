import { getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { sfoExtensions } from "./sfoExtensions.js";

let cached: Schema | undefined;

/** The ProseMirror schema of an SFO document, built without a DOM. */
export function buildSfoSchema(): Schema {
  cached ??= getSchema(sfoExtensions);
  return cached;
}
