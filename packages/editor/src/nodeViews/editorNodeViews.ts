import { sfoExtensions } from "@sfo-review/schema";
import type { AnyExtension } from "@tiptap/core";
import { ReactNodeViewRenderer } from "@tiptap/react";
import { AtomFormView } from "./AtomFormView.js";
import { describeAtomFields } from "./describeAtomFields.js";

let cached: AnyExtension[] | undefined;

/**
 * The schema's one node list with form views for the structured records (atoms with
 * attributes). Only the views change: names, attributes and content expressions stay
 * exactly as the server has them.
 */
export function editorNodeExtensions(): AnyExtension[] {
  // Built once: the editor component calls this on every render.
  cached ??= sfoExtensions.map((extension) => {
    if (extension.type !== "node" || describeAtomFields(extension.name).length === 0) return extension;
    if (!(extension.config as { atom?: boolean }).atom) return extension;
    return (extension as AnyExtension & { extend: (config: object) => AnyExtension }).extend({
      addNodeView() {
        return ReactNodeViewRenderer(AtomFormView);
      },
    });
  });
  return cached;
}
