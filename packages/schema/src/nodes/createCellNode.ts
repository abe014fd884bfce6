import { Node } from "@tiptap/core";

export interface CellSpec {
  name: string;
  title: string;
  content: string;
}

/** A labelled column of a structured row whose label comes from the schema. */
export function createCellNode(spec: CellSpec) {
  return Node.create({
    name: spec.name,
    content: spec.content,
    defining: true,
    isolating: true,
    parseHTML() {
      return [{ tag: `div[data-cell="${spec.name}"]` }];
    },
    renderHTML() {
      return [
        "div",
        { "data-cell": spec.name, class: "sfo-cell" },
        ["div", { contenteditable: "false", class: "sfo-cell-label" }, spec.title],
        ["div", { class: "sfo-cell-body" }, 0],
      ];
    },
  });
}
