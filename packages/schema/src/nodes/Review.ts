import { Node } from "@tiptap/core";
import { reviewSectionSpecs } from "./reviewSections.js";

/** The root of an SFO review: its sections in a fixed order, then the action plan. */
export const Review = Node.create({
  name: "review",
  content: `${reviewSectionSpecs.map((section) => section.name).join(" ")} actionPlan`,
  defining: true,
  parseHTML() {
    return [{ tag: "article[data-review]" }];
  },
  renderHTML() {
    return ["article", { "data-review": "", class: "sfo-review" }, 0];
  },
});

/** The ProseMirror top node: one review. Other document kinds join this choice later. */
export const SfoDocument = Node.create({
  name: "doc",
  topNode: true,
  content: "review",
});
