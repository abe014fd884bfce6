/** The four stages of the analysis framework (APIR; DOMAIN.md §1, §2.1.5). */
export const analysisStages = ["assessment", "planning", "implementation", "reviewing"] as const;
export type AnalysisStageName = (typeof analysisStages)[number];

export const analysisStageTitles: Record<AnalysisStageName, string> = {
  assessment: "Assessment",
  planning: "Planning",
  implementation: "Implementation",
  reviewing: "Reviewing",
};
