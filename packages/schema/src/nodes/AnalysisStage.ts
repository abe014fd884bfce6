import { Node } from "@tiptap/core";

import { type AnalysisStageName, analysisStageTitles } from "../config/analysisStages.js";

export { analysisStages, analysisStageTitles, type AnalysisStageName } from "../config/analysisStages.js";

/** One APIR stage of the analysis, holding chronological entries. */
export const AnalysisStage = Node.create({
  name: "analysisStage",
  content: "analysisEntry+",
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      stage: {
        default: "assessment",
        parseHTML: (element) => element.getAttribute("data-stage"),
        renderHTML: (attributes) => ({ "data-stage": attributes.stage }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "section[data-stage]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const stage = node.attrs.stage as AnalysisStageName;
    return [
      "section",
      { ...HTMLAttributes, class: "sfo-analysis-stage" },
      ["h3", { contenteditable: "false" }, analysisStageTitles[stage] ?? String(stage)],
      ["div", { class: "sfo-analysis-entries" }, 0],
    ];
  },
});
