import { createSectionNode, type SectionSpec } from "./createSectionNode.js";

/** The top-level sections of an SFO review in document order (DOMAIN.md §2.1). */
export const reviewSectionSpecs = [
  { name: "summary", title: "Summary", content: "paragraph+" },
  { name: "background", title: "Background", content: "paragraph+" },
  { name: "risk", title: "Risk", content: "paragraph+" },
  { name: "analysis", title: "Analysis of practice", content: "analysisStage{4}" },
  { name: "judgements", title: "Judgements", content: "paragraph+" },
  { name: "learning", title: "Learning", content: "paragraph+" },
  { name: "glossary", title: "Glossary", content: "glossaryEntry*" },
] as const satisfies readonly SectionSpec[];

export type ReviewSectionName = (typeof reviewSectionSpecs)[number]["name"];

export const reviewSectionNodes = reviewSectionSpecs.map(createSectionNode);
