import { Node } from "@tiptap/core";

/** What a fixed review section is called and what it may contain. */
export interface SectionSpec {
  /** Node type name, e.g. `summary`. */
  name: string;
  /** Heading shown above the section; it comes from the schema, not from the text. */
  title: string;
  /** ProseMirror content expression for the section body. */
  content: string;
}

/**
 * A review section whose heading is fixed by its type. The heading is rendered
 * outside the editable hole so that nobody can delete or rename a section by typing.
 */
export function createSectionNode(spec: SectionSpec) {
  return Node.create({
    name: spec.name,
    group: "reviewSection",
    content: spec.content,
    defining: true,
    isolating: true,
    parseHTML() {
      return [{ tag: `section[data-section="${spec.name}"]` }];
    },
    renderHTML() {
      return [
        "section",
        { "data-section": spec.name, class: "sfo-section" },
        ["h2", { contenteditable: "false", class: "sfo-section-title" }, spec.title],
        ["div", { class: "sfo-section-body" }, 0],
      ];
    },
  });
}
