import { Node } from "@tiptap/core";
import { createCellNode } from "./createCellNode.js";

/** The columns of an analysis entry (DOMAIN.md §2.1.5). The last is removed before sharing. */
export const analysisColumns = [
  { name: "entryEvents", title: "Events / analysis" },
  { name: "entryJudgements", title: "Underpinning issues and judgements" },
  { name: "entryLearning", title: "Critical practice issues and learning" },
  { name: "entryNotForDisclosure", title: "Not for disclosure" },
] as const;

export const analysisColumnNodes = analysisColumns.map((column) =>
  createCellNode({ name: column.name, title: column.title, content: "paragraph+" }),
);

/** One chronological entry: a dated event with its four columns. */
export const AnalysisEntry = Node.create({
  name: "analysisEntry",
  content: analysisColumns.map((column) => column.name).join(" "),
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      id: { default: null, renderHTML: (a) => (a.id ? { "data-id": a.id } : {}) },
      date: { default: null, renderHTML: (a) => (a.date ? { "data-date": a.date } : {}) },
      dateEnd: { default: null, renderHTML: (a) => (a.dateEnd ? { "data-date-end": a.dateEnd } : {}) },
      title: { default: "", renderHTML: (a) => (a.title ? { "data-title": a.title } : {}) },
    };
  },
  parseHTML() {
    return [{ tag: "div[data-analysis-entry]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", { ...HTMLAttributes, "data-analysis-entry": "", class: "sfo-analysis-entry" }, 0];
  },
});
