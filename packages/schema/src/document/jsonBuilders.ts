import type { PmNodeJson } from "./pmNode.schema.js";
import { analysisStages, type AnalysisStageName } from "../nodes/AnalysisStage.js";
import type { WhoForLevel } from "../nodes/learningTable.js";

/** A paragraph; an empty string gives an empty paragraph. */
export function paragraph(text = ""): PmNodeJson {
  return text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" };
}

function paragraphs(texts: readonly string[]): PmNodeJson[] {
  return texts.length ? texts.map(paragraph) : [paragraph()];
}

export interface AnalysisEntryInput {
  id?: string;
  date?: string | null;
  title?: string;
  events?: string[];
  judgements?: string[];
  learning?: string[];
  notForDisclosure?: string[];
}

export function analysisEntry(input: AnalysisEntryInput = {}): PmNodeJson {
  return {
    type: "analysisEntry",
    attrs: { id: input.id ?? null, date: input.date ?? null, title: input.title ?? "" },
    content: [
      { type: "entryEvents", content: paragraphs(input.events ?? []) },
      { type: "entryJudgements", content: paragraphs(input.judgements ?? []) },
      { type: "entryLearning", content: paragraphs(input.learning ?? []) },
      { type: "entryNotForDisclosure", content: paragraphs(input.notForDisclosure ?? []) },
    ],
  };
}

export interface LearningRowInput {
  id?: string;
  objective?: string[];
  whoFor?: WhoForLevel | null;
  action?: string[];
  measure?: string[];
  owners?: string[];
  actionDate?: string | null;
  measureDate?: string | null;
  qualifier?: string;
}

export function learningRow(input: LearningRowInput = {}): PmNodeJson {
  return {
    type: "learningRow",
    attrs: { id: input.id ?? null },
    content: [
      { type: "learningObjective", content: paragraphs(input.objective ?? []) },
      { type: "learningWhoFor", attrs: { level: input.whoFor ?? null } },
      { type: "learningAction", content: paragraphs(input.action ?? []) },
      { type: "learningMeasure", content: paragraphs(input.measure ?? []) },
      { type: "learningOwners", attrs: { owners: input.owners ?? [] } },
      {
        type: "learningDates",
        attrs: {
          actionDate: input.actionDate ?? null,
          measureDate: input.measureDate ?? null,
          qualifier: input.qualifier ?? "",
        },
      },
    ],
  };
}

export interface GlossaryEntryInput {
  term: string;
  expansion?: string;
  definition?: string;
}

export interface ReviewInput {
  summary?: string[];
  background?: string[];
  risk?: string[];
  analysis?: Partial<Record<AnalysisStageName, AnalysisEntryInput[]>>;
  judgements?: string[];
  learning?: string[];
  glossary?: GlossaryEntryInput[];
  learningRows?: LearningRowInput[];
}

/** A whole review document; missing parts become empty, valid skeleton parts. */
export function reviewDocument(input: ReviewInput = {}): PmNodeJson {
  const section = (type: string, texts: string[] | undefined): PmNodeJson => ({
    type,
    content: paragraphs(texts ?? []),
  });
  return {
    type: "doc",
    content: [
      {
        type: "review",
        content: [
          section("summary", input.summary),
          section("background", input.background),
          section("risk", input.risk),
          {
            type: "analysis",
            content: analysisStages.map((stage) => ({
              type: "analysisStage",
              attrs: { stage },
              content: (input.analysis?.[stage]?.length ? input.analysis[stage] : [{}]).map(analysisEntry),
            })),
          },
          section("judgements", input.judgements),
          section("learning", input.learning),
          {
            type: "glossary",
            content: (input.glossary ?? []).map((entry) => ({
              type: "glossaryEntry",
              attrs: { term: entry.term, expansion: entry.expansion ?? "", definition: entry.definition ?? "" },
            })),
          },
          {
            type: "actionPlan",
            content: [{ type: "learningTable", content: (input.learningRows ?? []).map(learningRow) }],
          },
        ],
      },
    ],
  };
}
