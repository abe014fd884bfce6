import { qaStandards, type QaRating, type QaStandardId } from "../config/qaStandards.js";
import type { ResponseCategory, ResponseReasonCategory } from "../config/responseCategories.js";
import {
  type ActionPlanInput,
  actionPlan,
  type CaseHeaderInput,
  caseHeader,
  cell,
  paragraphs,
  withAttrs,
} from "./jsonBuilders.js";
import type { PmNodeJson } from "./pmNode.schema.js";
import type { z } from "zod";
import type {
  actionPlanUpdateAttrsSchema,
  checklistItemAttrsSchema,
  qaDecisionAttrsSchema,
  qaDetailsAttrsSchema,
  redactionEntryAttrsSchema,
  responsePlanHeaderAttrsSchema,
  sharingRequestAttrsSchema,
  signOffAttrsSchema,
  updateStatusAttrsSchema,
} from "./nodeAttrs.schema.js";

const doc = (root: PmNodeJson): PmNodeJson => ({ type: "doc", content: [root] });

export interface UpdateRowInput extends Partial<z.input<typeof updateStatusAttrsSchema>> {
  id?: string;
  /** Id of the learning or good practice row this row reports on. */
  planRowId: string;
  progress?: string[];
  measurement?: string[];
  impact?: string[];
  nextSteps?: string[];
}

export function updateRow(input: UpdateRowInput): PmNodeJson {
  return withAttrs("updateRow", { id: input.id ?? null, planRowId: input.planRowId }, [
    cell("updateProgress", input.progress),
    cell("updateMeasurement", input.measurement),
    cell("updateImpact", input.impact),
    withAttrs("updateStatus", { status: input.status, revisedDate: input.revisedDate }),
    cell("updateNextSteps", input.nextSteps),
  ]);
}

export interface ActionPlanDocumentInput extends CaseHeaderInput, ActionPlanInput {
  update?: Partial<z.input<typeof actionPlanUpdateAttrsSchema>>;
  updateRows?: UpdateRowInput[];
}

/** A standalone action plan with its update part (Annex E parts 1 and 2). */
export function actionPlanDocument(input: ActionPlanDocumentInput = {}): PmNodeJson {
  return doc({
    type: "actionPlanDocument",
    content: [
      ...caseHeader(input),
      actionPlan(input),
      withAttrs("actionPlanUpdate", input.update ?? {}, (input.updateRows ?? []).map(updateRow)),
    ],
  });
}

export interface QaStandardInput {
  rating?: QaRating | null;
  narrative?: string[];
}

export interface QaFeedbackInput extends CaseHeaderInput {
  details?: Partial<z.input<typeof qaDetailsAttrsSchema>>;
  standards?: Partial<Record<QaStandardId, QaStandardInput>>;
  disclosureComments?: string[];
  decision?: Partial<z.input<typeof qaDecisionAttrsSchema>>;
}

export function qaFeedbackDocument(input: QaFeedbackInput = {}): PmNodeJson {
  return doc({
    type: "qaFeedback",
    content: [
      ...caseHeader(input),
      withAttrs("qaDetails", input.details ?? {}),
      ...qaStandards.map(({ id }) =>
        withAttrs(
          "qaStandard",
          { standard: id, rating: input.standards?.[id]?.rating ?? null },
          paragraphs(input.standards?.[id]?.narrative),
        ),
      ),
      cell("qaDisclosureComments", input.disclosureComments),
      withAttrs("qaDecision", input.decision ?? {}),
    ],
  });
}

export interface QaChecklistInput extends CaseHeaderInput {
  version?: string;
  answers?: Partial<z.input<typeof checklistItemAttrsSchema>>[];
  signOffs?: Partial<z.input<typeof signOffAttrsSchema>>[];
}

export function qaChecklistDocument(input: QaChecklistInput = {}): PmNodeJson {
  return doc({
    type: "qaChecklist",
    content: [
      ...caseHeader(input),
      withAttrs(
        "checklistAnswers",
        { version: input.version },
        (input.answers ?? []).map((answer) => withAttrs("checklistItem", answer)),
      ),
      ...(input.signOffs ?? []).map((signOff) => withAttrs("signOff", signOff)),
    ],
  });
}

export interface RedactionEntryInput extends Partial<z.input<typeof redactionEntryAttrsSchema>> {
  gist?: string[];
  argumentsFor?: string[];
  argumentsAgainst?: string[];
}

export interface RedactionLogInput extends CaseHeaderInput {
  request?: Partial<z.input<typeof sharingRequestAttrsSchema>>;
  entries?: RedactionEntryInput[];
}

export function redactionLogDocument(input: RedactionLogInput = {}): PmNodeJson {
  return doc({
    type: "redactionLog",
    content: [
      ...caseHeader(input),
      withAttrs("sharingRequest", input.request ?? {}),
      ...(input.entries ?? []).map(({ gist, argumentsFor, argumentsAgainst, ...attrs }) =>
        withAttrs("redactionEntry", attrs, [
          cell("redactionGist", gist),
          cell("redactionArgumentsFor", argumentsFor),
          cell("redactionArgumentsAgainst", argumentsAgainst),
        ]),
      ),
    ],
  });
}

export type ResponseRowInput =
  | { kind: "action"; text: string[]; owners?: string[]; targetDate?: string | null; targetText?: string }
  | { kind: "explanation"; text: string[] };

export interface ResponseRecommendationInput {
  number?: number | null;
  text: string[];
  repeat?: boolean;
  category?: ResponseCategory | null;
  inPrinciple?: boolean;
  reasonCategories?: ResponseReasonCategory[];
  rows?: ResponseRowInput[];
}

export function responseRecommendation(input: ResponseRecommendationInput): PmNodeJson {
  const rows = input.rows?.length ? input.rows : [{ kind: "action", text: [] } as ResponseRowInput];
  return withAttrs(
    "responseRecommendation",
    {
      number: input.number ?? null,
      repeat: input.repeat,
      category: input.category ?? null,
      inPrinciple: input.inPrinciple,
      reasonCategories: input.reasonCategories,
    },
    [
      cell("recommendationText", input.text),
      ...rows.map((row) =>
        row.kind === "action"
          ? withAttrs(
              "responseAction",
              { owners: row.owners, targetDate: row.targetDate ?? null, targetText: row.targetText },
              paragraphs(row.text),
            )
          : { type: "responseExplanation", content: paragraphs(row.text) },
      ),
    ],
  );
}

export interface ResponsePlanInput {
  header?: Partial<z.input<typeof responsePlanHeaderAttrsSchema>>;
  introduction?: string[];
  recommendations?: ResponseRecommendationInput[];
}

export function responsePlanDocument(input: ResponsePlanInput = {}): PmNodeJson {
  return doc({
    type: "responsePlan",
    content: [
      withAttrs("responsePlanHeader", input.header ?? {}),
      cell("responseIntroduction", input.introduction),
      ...(input.recommendations ?? []).map(responseRecommendation),
    ],
  });
}
