import type { Scope } from "./LintContext.js";

/**
 * Scope of a textblock from the nearest ancestor node type listed here (DOMAIN.md §4.0). A new
 * node type only needs an entry; unlisted ancestors are looked through.
 */
export const nodeScopes: Readonly<Record<string, Scope>> = {
  summary: "review.summary",
  background: "review.background",
  risk: "review.risk",
  judgements: "review.judgements",
  learning: "review.learning",
  entryEvents: "review.analysis.events",
  entryJudgements: "review.analysis.judgement",
  entryLearning: "review.analysis.learning",
  entryNotForDisclosure: "review.analysis.nfd",
  glossary: "glossary",
  glossaryEntry: "glossary",
  learningObjective: "ap.lp.objective",
  learningAction: "ap.lp.action",
  learningMeasure: "ap.lp.measure",
  goodPracticeObjective: "ap.gp.objective",
  goodPracticeAction: "ap.gp.action",
  goodPracticeMonitoring: "ap.gp.monitoring",
  actionPlanUpdate: "update",
  updateRow: "update",
  updateProgress: "update.progress",
  updateMeasurement: "update.measurement",
  updateImpact: "update.impact",
  updateNextSteps: "update.nextSteps",
  updateStatus: "update.status",
  responsePlan: "resp.response",
  responseIntroduction: "resp.introduction",
  responseRecommendation: "resp.recommendation",
  recommendationText: "resp.recommendation",
  responseExplanation: "resp.response",
  responseAction: "resp.action",
  localGuidance: "glossary",
  recordsExamined: "glossary",
  intervieweeTable: "review.background",
  redactionLog: "redaction",
  qaChecklist: "qa",
  qaFeedback: "qa",
  peopleRegister: "register",
  caseRecord: "register",
};

/** Node types that group the blocks of one analysis entry or plan row (JUDG and APL row checks). */
export const groupNodeTypes: ReadonlySet<string> = new Set([
  "analysisEntry",
  "learningRow",
  "goodPracticeRow",
  "responseRecommendation",
  "updateRow",
]);

/** Scope used when no ancestor is listed in `nodeScopes`. */
export const defaultDocumentScope: Scope = "review.other";
/** Scope of plain text given to `lintText` without a `scope`. */
export const defaultTextScope: Scope = "review.analysis.events";
