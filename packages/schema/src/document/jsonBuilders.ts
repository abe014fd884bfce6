import { analysisStages, type AnalysisStageName } from "../config/analysisStages.js";
import type { SharedWithLevel, WhoForLevel } from "../config/levels.js";
import type { CaseRecord } from "./caseRecord.schema.js";
import { type AttributedNodeName, defaultAttrs } from "./nodeAttrs.schema.js";
import type { Person } from "./person.schema.js";
import type { PmNodeJson } from "./pmNode.schema.js";

/** A paragraph; an empty string gives an empty paragraph. */
export function paragraph(text = ""): PmNodeJson {
  return text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" };
}

/** Paragraphs for a `paragraph+` cell: one empty paragraph when there is no text. */
export function paragraphs(texts: readonly string[] = []): PmNodeJson[] {
  return texts.length ? texts.map((text) => paragraph(text)) : [paragraph()];
}

/** A node with every attribute present: defaults from its zod schema, then `attrs`. */
export function withAttrs(
  name: AttributedNodeName,
  attrs: object = {},
  content?: PmNodeJson[],
  type: string = name,
): PmNodeJson {
  const defined = Object.fromEntries(Object.entries(attrs).filter(([, value]) => value !== undefined));
  const node: PmNodeJson = { type, attrs: { ...defaultAttrs(name), ...defined } };
  if (content?.length) node.content = content;
  return node;
}

/** A node holding `content`; like ProseMirror's toJSON, an empty list is left out. */
export function container(type: string, content: PmNodeJson[]): PmNodeJson {
  return content.length ? { type, content } : { type };
}

/** A cell holding paragraphs of text. */
export function cell(type: string, texts?: readonly string[]): PmNodeJson {
  return { type, content: paragraphs(texts) };
}

export interface AnalysisEntryInput {
  id?: string;
  date?: string | null;
  dateEnd?: string | null;
  title?: string;
  events?: string[];
  judgements?: string[];
  learning?: string[];
  notForDisclosure?: string[];
}

export function analysisEntry(input: AnalysisEntryInput = {}): PmNodeJson {
  return withAttrs(
    "analysisEntry",
    { id: input.id ?? null, date: input.date ?? null, dateEnd: input.dateEnd ?? null, title: input.title ?? "" },
    [
      cell("entryEvents", input.events),
      cell("entryJudgements", input.judgements),
      cell("entryLearning", input.learning),
      cell("entryNotForDisclosure", input.notForDisclosure),
    ],
  );
}

interface PlanRowInput {
  id?: string;
  /** Id of the analysisEntry whose finding the row answers. */
  findingId?: string | null;
  owners?: string[];
  actionDate?: string | null;
  measureDate?: string | null;
  qualifier?: string;
}

export interface LearningRowInput extends PlanRowInput {
  objective?: string[];
  whoFor?: WhoForLevel | null;
  action?: string[];
  measure?: string[];
}

function planDates(type: string, input: PlanRowInput): PmNodeJson {
  return withAttrs(
    "learningDates",
    { actionDate: input.actionDate ?? null, measureDate: input.measureDate ?? null, qualifier: input.qualifier ?? "" },
    undefined,
    type,
  );
}

export function learningRow(input: LearningRowInput = {}): PmNodeJson {
  return withAttrs("learningRow", { id: input.id ?? null, findingId: input.findingId ?? null }, [
    cell("learningObjective", input.objective),
    withAttrs("learningWhoFor", { level: input.whoFor ?? null }),
    cell("learningAction", input.action),
    cell("learningMeasure", input.measure),
    withAttrs("learningOwners", { owners: input.owners ?? [] }),
    planDates("learningDates", input),
  ]);
}

export interface GoodPracticeRowInput extends PlanRowInput {
  objective?: string[];
  sharedWith?: SharedWithLevel | null;
  action?: string[];
  monitoring?: string[];
}

/** A good practice row; `actionDate` is the sharing date, `measureDate` the monitoring date. */
export function goodPracticeRow(input: GoodPracticeRowInput = {}): PmNodeJson {
  return withAttrs("goodPracticeRow", { id: input.id ?? null, findingId: input.findingId ?? null }, [
    cell("goodPracticeObjective", input.objective),
    withAttrs("goodPracticeSharedWith", { level: input.sharedWith ?? null }),
    cell("goodPracticeAction", input.action),
    cell("goodPracticeMonitoring", input.monitoring),
    withAttrs("goodPracticeOwners", { owners: input.owners ?? [] }, undefined),
    planDates("goodPracticeDates", input),
  ]);
}

export interface ActionPlanInput {
  goodPracticeRows?: GoodPracticeRowInput[];
  learningRows?: LearningRowInput[];
}

export function actionPlan(input: ActionPlanInput = {}): PmNodeJson {
  return {
    type: "actionPlan",
    content: [
      container("goodPracticeTable", (input.goodPracticeRows ?? []).map(goodPracticeRow)),
      container("learningTable", (input.learningRows ?? []).map(learningRow)),
    ],
  };
}

export interface CaseHeaderInput {
  caseRecord?: Partial<CaseRecord>;
  people?: Partial<Person>[];
}

/** The `caseRecord` and `peopleRegister` that open every case document. */
export function caseHeader(input: CaseHeaderInput = {}): PmNodeJson[] {
  return [
    withAttrs("caseRecord", input.caseRecord ?? {}),
    container(
      "peopleRegister",
      (input.people ?? []).map((person) => withAttrs("person", person)),
    ),
  ];
}

export interface GlossaryEntryInput {
  term: string;
  expansion?: string;
  definition?: string;
  category?: "tool" | "intervention" | "agency" | "meeting" | "process" | "acronym" | null;
}

export interface IntervieweeInput {
  identifier: string;
  role?: string;
  interviewed?: boolean | null;
  reason?: string;
}

export interface RecordExaminedInput {
  recordType: string;
  period?: string;
  obtained?: boolean | null;
  note?: string;
}

export interface LocalGuidanceInput {
  title: string;
  issuedBy?: string;
  dateIssued?: string | null;
  note?: string;
}

export interface ReviewInput extends CaseHeaderInput, ActionPlanInput {
  frontMatter?: string[];
  summary?: string[];
  background?: string[];
  interviewees?: IntervieweeInput[];
  risk?: string[];
  analysis?: Partial<Record<AnalysisStageName, AnalysisEntryInput[]>>;
  judgements?: string[];
  learning?: string[];
  glossary?: GlossaryEntryInput[];
  recordsExamined?: RecordExaminedInput[];
  localGuidance?: LocalGuidanceInput[];
}

/** A whole review document; missing parts become empty, valid skeleton parts. */
export function reviewDocument(input: ReviewInput = {}): PmNodeJson {
  return {
    type: "doc",
    content: [
      {
        type: "review",
        content: [
          ...caseHeader(input),
          cell("frontMatter", input.frontMatter),
          cell("summary", input.summary),
          {
            type: "background",
            content: [
              ...paragraphs(input.background),
              container(
                "intervieweeTable",
                (input.interviewees ?? []).map((entry) => withAttrs("interviewee", entry)),
              ),
            ],
          },
          cell("risk", input.risk),
          {
            type: "analysis",
            content: analysisStages.map((stage) =>
              withAttrs(
                "analysisStage",
                { stage },
                (input.analysis?.[stage]?.length ? input.analysis[stage] : [{}]).map(analysisEntry),
              ),
            ),
          },
          cell("judgements", input.judgements),
          cell("learning", input.learning),
          container(
            "glossary",
            (input.glossary ?? []).map((entry) => withAttrs("glossaryEntry", entry)),
          ),
          container(
            "recordsExamined",
            (input.recordsExamined ?? []).map((entry) => withAttrs("recordExamined", entry)),
          ),
          container(
            "localGuidance",
            (input.localGuidance ?? []).map((entry) => withAttrs("localGuidanceItem", entry)),
          ),
          actionPlan(input),
        ],
      },
    ],
  };
}
