import { sfoExtensions } from "@sfo-review/schema";
import type { AnyExtension } from "@tiptap/core";
import { type ReactNodeViewProps, ReactNodeViewRenderer } from "@tiptap/react";
import type { ComponentType } from "react";
import { DatesView } from "./DatesView.js";
import { GlossaryEntryView } from "./GlossaryEntryView.js";
import { OwnersView } from "./OwnersView.js";
import { WhoForView } from "./WhoForView.js";

const views: Record<string, ComponentType<ReactNodeViewProps>> = {
  learningWhoFor: WhoForView,
  learningOwners: OwnersView,
  learningDates: DatesView,
  glossaryEntry: GlossaryEntryView,
};

/**
 * The schema's one node list with React views for the typed cells. Only the views
 * change: names, attributes and content expressions stay exactly as the server has them.
 */
export function editorNodeExtensions(): AnyExtension[] {
  return sfoExtensions.map((extension) => {
    const view = views[extension.name];
    if (!view || extension.type !== "node") return extension;
    return (extension as AnyExtension & { extend: (config: object) => AnyExtension }).extend({
      addNodeView() {
        return ReactNodeViewRenderer(view);
      },
    });
  });
}
