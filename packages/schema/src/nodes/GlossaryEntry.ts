import { Node } from "@tiptap/core";

/** A case glossary entry (DOMAIN.md §2.1.6): term, its expansion and a plain-English definition. */
export const GlossaryEntry = Node.create({
  name: "glossaryEntry",
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      term: { default: "" },
      expansion: { default: "" },
      definition: { default: "" },
      category: { default: null, renderHTML: () => ({}) },
    };
  },
  parseHTML() {
    return [
      {
        tag: "div[data-glossary-entry]",
        getAttrs: (element) => ({
          term: element.getAttribute("data-term") ?? "",
          expansion: element.getAttribute("data-expansion") ?? "",
          definition: element.getAttribute("data-definition") ?? "",
          category: element.getAttribute("data-category") || null,
        }),
      },
    ];
  },
  renderHTML({ node }) {
    const { term, expansion, definition } = node.attrs as Record<string, string>;
    return [
      "div",
      {
        "data-glossary-entry": "",
        "data-term": term,
        "data-expansion": expansion,
        "data-definition": definition,
        "data-category": node.attrs.category ?? "",
        class: "sfo-glossary-entry",
      },
      ["dt", {}, `${term}${expansion ? ` (${expansion})` : ""}`],
      ["dd", {}, definition],
    ];
  },
});
