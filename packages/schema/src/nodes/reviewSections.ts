import { createSectionNode, type SectionSpec } from "./createSectionNode.js";

/** The top-level sections of an SFO review in document order (DOMAIN.md §2.1). */
export const reviewSectionSpecs = [
  { name: "frontMatter", title: "Legal basis for sharing", content: "paragraph+" },
  { name: "summary", title: "Summary", content: "paragraph+" },
  { name: "background", title: "Background", content: "paragraph+ intervieweeTable" },
  { name: "risk", title: "Risk", content: "paragraph+" },
  { name: "analysis", title: "Analysis of practice", content: "analysisStage{4}" },
  { name: "judgements", title: "Judgements", content: "paragraph+" },
  { name: "learning", title: "Learning", content: "paragraph+" },
  { name: "glossary", title: "Glossary", content: "glossaryEntry*" },
  { name: "recordsExamined", title: "Records examined", content: "recordExamined*" },
  { name: "localGuidance", title: "Local practice guidance", content: "localGuidanceItem*" },
] as const satisfies readonly SectionSpec[];

export type ReviewSectionName = (typeof reviewSectionSpecs)[number]["name"];

export const reviewSectionNodes = reviewSectionSpecs.map(createSectionNode);
