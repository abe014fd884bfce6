import { Mark, Node } from "@tiptap/core";

/** A paragraph of prose inside a section or cell. */
export const Paragraph = Node.create({
  name: "paragraph",
  group: "block",
  content: "inline*",
  parseHTML() {
    return [{ tag: "p" }];
  },
  renderHTML() {
    return ["p", 0];
  },
});

export const Text = Node.create({ name: "text", group: "inline" });

export const Bold = Mark.create({
  name: "bold",
  parseHTML() {
    return [{ tag: "strong" }, { tag: "b" }];
  },
  renderHTML() {
    return ["strong", 0];
  },
});

export const Italic = Mark.create({
  name: "italic",
  parseHTML() {
    return [{ tag: "em" }, { tag: "i" }];
  },
  renderHTML() {
    return ["em", 0];
  },
});
