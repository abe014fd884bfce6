import { Node } from "@tiptap/core";

/** The four stages of the analysis framework (APIR; DOMAIN.md §1, §2.1.5). */
export const analysisStages = ["assessment", "planning", "implementation", "reviewing"] as const;
export type AnalysisStageName = (typeof analysisStages)[number];

export const analysisStageTitles: Record<AnalysisStageName, string> = {
  assessment: "Assessment",
  planning: "Planning",
  implementation: "Implementation",
  reviewing: "Reviewing",
};

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
