import { z } from "zod";
import { qaChecklistVersions } from "../config/qaChecklist.js";
import { qaBodies, qaRatings, qaStandardIds } from "../config/qaStandards.js";
import { sharedWithLevels, whoForLevels } from "../config/levels.js";
import { responseCategories, responseReasonCategories } from "../config/responseCategories.js";
import { analysisStages } from "../config/analysisStages.js";
import { caseRecordSchema } from "./caseRecord.schema.js";
import { identifierSchema, optionalIdentifierSchema } from "./identifier.schema.js";
import { isoDateOrMonthSchema, isoDateSchema } from "./isoDate.schema.js";
import { personSchema } from "./person.schema.js";

const optionalDate = isoDateSchema.nullable().default(null);
const optionalId = z.string().min(1).max(100).nullable().default(null);
const text = (max = 2000) => z.string().max(max).default("");
const uniqueIdentifiers = z
  .array(identifierSchema)
  .refine((list) => new Set(list).size === list.length, "lists each identifier once")
  .default([]);

export const analysisStageAttrsSchema = z.strictObject({ stage: z.enum(analysisStages).default("assessment") });

export const analysisEntryAttrsSchema = z.strictObject({
  id: optionalId,
  date: optionalDate,
  /** End of a date range, for entries that group events (003_953444ce864c2fe1.txt §3.2). */
  dateEnd: optionalDate,
  title: text(300),
});

export const glossaryEntryAttrsSchema = z.strictObject({
  term: text(200),
  expansion: text(300),
  definition: text(),
  category: z.enum(["tool", "intervention", "agency", "meeting", "process", "acronym"]).nullable().default(null),
});

export const intervieweeAttrsSchema = z.strictObject({
  identifier: optionalIdentifierSchema.default(""),
  role: text(200),
  interviewed: z.boolean().nullable().default(null),
  reason: text(),
});

export const recordExaminedAttrsSchema = z.strictObject({
  recordType: text(200),
  period: text(200),
  obtained: z.boolean().nullable().default(null),
  note: text(),
});

export const localGuidanceItemAttrsSchema = z.strictObject({
  title: text(300),
  issuedBy: text(200),
  dateIssued: optionalDate,
  note: text(),
});

const planRowAttrs = z.strictObject({
  id: optionalId,
  /** The analysisEntry whose finding this row answers (traceability, JUDG-007 and APL-021). */
  findingId: optionalId,
});
export const learningRowAttrsSchema = planRowAttrs;
export const goodPracticeRowAttrsSchema = planRowAttrs;

export const learningWhoForAttrsSchema = z.strictObject({ level: z.enum(whoForLevels).nullable().default(null) });
export const goodPracticeSharedWithAttrsSchema = z.strictObject({
  level: z.enum(sharedWithLevels).nullable().default(null),
});
export const ownersAttrsSchema = z.strictObject({ owners: uniqueIdentifiers });

/** Action (or sharing) date and measurement (or monitoring) date kept apart (APL-013, APL-014, APG-007). */
export const planDatesAttrsSchema = z.strictObject({
  actionDate: optionalDate,
  measureDate: optionalDate,
  qualifier: text(500),
});

export const actionPlanUpdateAttrsSchema = z.strictObject({
  updateDate: optionalDate,
  /** 1 for the six-month update, 2 and on for the further updates until all is complete (§6). */
  sequence: z.number().int().min(1).default(1),
});
export const updateRowAttrsSchema = z.strictObject({ id: optionalId, planRowId: optionalId });
export const updateStatuses = ["Complete", "Partly complete", "Outstanding", "Superseded"] as const;
export const updateStatusAttrsSchema = z.strictObject({
  status: z.enum(updateStatuses).nullable().default(null),
  revisedDate: optionalDate,
});

export const qaDetailsAttrsSchema = z.strictObject({
  qaBody: z.enum(qaBodies).nullable().default(null),
  feedbackDate: optionalDate,
  assurerRole: text(200),
  /** 1 for the first QA, 2 and on for resubmissions (same QA body, §5.4). */
  submission: z.number().int().min(1).default(1),
  countersigningSufficient: z.boolean().nullable().default(null),
  sourcesAccessed: text(),
  sharingRequested: z.boolean().nullable().default(null),
});
export const qaStandardAttrsSchema = z.strictObject({
  standard: z.enum(qaStandardIds).default("analysis"),
  rating: z.enum(qaRatings).nullable().default(null),
});
export const qaDecisions = ["endorse", "further-work", "resubmit"] as const;
export const qaDecisionAttrsSchema = z.strictObject({
  decision: z.enum(qaDecisions).nullable().default(null),
  resubmissionDueDate: optionalDate,
});

export const checklistAnswersAttrsSchema = z.strictObject({
  version: z.enum(qaChecklistVersions).default(qaChecklistVersions[0]),
});
export const checklistItemAttrsSchema = z.strictObject({
  itemId: z.string().min(1).max(20).default("A1"),
  answer: z.enum(["yes", "no"]).nullable().default(null),
  comment: text(),
});
export const signOffKinds = ["internal-qa", "factual-accuracy", "countersignature"] as const;
export const signOffAttrsSchema = z.strictObject({
  kind: z.enum(signOffKinds).default("internal-qa"),
  signedBy: optionalIdentifierSchema.default(""),
  date: optionalDate,
  comment: text(),
  /** Countersigning comments must say whether capability or discipline was considered (Appendix 4, G). */
  capabilityConsidered: z.boolean().nullable().default(null),
});

export const sharingRequestAttrsSchema = z.strictObject({
  requesterType: z.enum(["victim-family", "coroner", "parallel-review-chair", "other"]).nullable().default(null),
  requestDate: optionalDate,
  note: text(),
});
export const redactionCategories = [
  "third-party personal data",
  "staff personal data",
  "supervised individual data",
  "victim identity",
  "prison name",
  "other",
] as const;
export const redactionTests = [
  "necessary",
  "proportionate",
  "relevant",
  "not excessive",
  "risk to a person if shared",
  "third-party consent",
] as const;
export const redactionDecisions = ["withhold", "share", "share in summary"] as const;
export const redactionEntryAttrsSchema = z.strictObject({
  id: optionalId,
  location: text(300),
  entryId: optionalId,
  category: z.enum(redactionCategories).nullable().default(null),
  testsApplied: z.array(z.enum(redactionTests)).default([]),
  decision: z.enum(redactionDecisions).nullable().default(null),
  discussedWith: optionalIdentifierSchema.default(""),
  signedOffBy: optionalIdentifierSchema.default(""),
  signedOffDate: optionalDate,
});

export const responsePlanHeaderAttrsSchema = z.strictObject({
  submittedDate: optionalDate,
  reportTitle: text(300),
  publishedDate: optionalDate,
  addressee: text(200).default("His Majesty's Prison and Probation Service"),
});
export const responseRecommendationAttrsSchema = z.strictObject({
  number: z.number().int().min(1).nullable().default(null),
  repeat: z.boolean().default(false),
  category: z.enum(responseCategories).nullable().default(null),
  inPrinciple: z.boolean().default(false),
  reasonCategories: z
    .array(z.enum(responseReasonCategories))
    .refine((list) => new Set(list).size === list.length, "lists each reason once")
    .default([]),
});
export const responseActionAttrsSchema = z.strictObject({
  /** Owners of response actions are job titles, not case identifiers. */
  owners: z.array(z.string().min(1).max(200)).default([]),
  targetDate: isoDateOrMonthSchema.nullable().default(null),
  /** A recognised status ("Completed", "Ongoing") or other wording, kept as written. */
  targetText: text(300),
});

/**
 * Attribute schema of every node type that has attributes. Validation merges the
 * schema defaults with the JSON attributes and parses them with these.
 */
export const nodeAttrSchemas = {
  caseRecord: caseRecordSchema,
  person: personSchema,
  analysisStage: analysisStageAttrsSchema,
  analysisEntry: analysisEntryAttrsSchema,
  glossaryEntry: glossaryEntryAttrsSchema,
  interviewee: intervieweeAttrsSchema,
  recordExamined: recordExaminedAttrsSchema,
  localGuidanceItem: localGuidanceItemAttrsSchema,
  learningRow: learningRowAttrsSchema,
  learningWhoFor: learningWhoForAttrsSchema,
  learningOwners: ownersAttrsSchema,
  learningDates: planDatesAttrsSchema,
  goodPracticeRow: goodPracticeRowAttrsSchema,
  goodPracticeSharedWith: goodPracticeSharedWithAttrsSchema,
  goodPracticeOwners: ownersAttrsSchema,
  goodPracticeDates: planDatesAttrsSchema,
  actionPlanUpdate: actionPlanUpdateAttrsSchema,
  updateRow: updateRowAttrsSchema,
  updateStatus: updateStatusAttrsSchema,
  qaDetails: qaDetailsAttrsSchema,
  qaStandard: qaStandardAttrsSchema,
  qaDecision: qaDecisionAttrsSchema,
  checklistAnswers: checklistAnswersAttrsSchema,
  checklistItem: checklistItemAttrsSchema,
  signOff: signOffAttrsSchema,
  sharingRequest: sharingRequestAttrsSchema,
  redactionEntry: redactionEntryAttrsSchema,
  responsePlanHeader: responsePlanHeaderAttrsSchema,
  responseRecommendation: responseRecommendationAttrsSchema,
  responseAction: responseActionAttrsSchema,
} as const satisfies Record<string, z.ZodType<Record<string, unknown>>>;
export type AttributedNodeName = keyof typeof nodeAttrSchemas;

/** Default attributes of a node type: what Tiptap stores before anyone fills them in. */
export function defaultAttrs(name: AttributedNodeName): Record<string, unknown> {
  return nodeAttrSchemas[name].parse({}) as Record<string, unknown>;
}
