import type { AnyExtension } from "@tiptap/core";
import { DisclosureSpec } from "./disclosure/nodeDisclosure.js";
import { actionPlanUpdateNodes } from "./nodes/actionPlanUpdate.js";
import { AnalysisEntry, analysisColumnNodes } from "./nodes/AnalysisEntry.js";
import { AnalysisStage } from "./nodes/AnalysisStage.js";
import { CaseRecord, PeopleRegister, Person } from "./nodes/caseRecord.js";
import { GlossaryEntry } from "./nodes/GlossaryEntry.js";
import { goodPracticeNodes } from "./nodes/goodPracticeTable.js";
import {
  ActionPlan,
  LearningAction,
  LearningDates,
  LearningMeasure,
  LearningObjective,
  LearningOwners,
  LearningRow,
  LearningTable,
  LearningWhoFor,
} from "./nodes/learningTable.js";
import { qaChecklistNodes } from "./nodes/qaChecklist.js";
import { qaFeedbackNodes } from "./nodes/qaFeedback.js";
import { redactionLogNodes } from "./nodes/redactionLog.js";
import { responsePlanNodes } from "./nodes/responsePlan.js";
import { documentKindNodes, Review, SfoDocument } from "./nodes/Review.js";
import { reviewPartNodes } from "./nodes/reviewParts.js";
import { reviewSectionNodes } from "./nodes/reviewSections.js";
import { Bold, Italic, Paragraph, Text } from "./nodes/textNodes.js";

/**
 * The one list of nodes and marks of an SFO document. The editor adds UI
 * extensions on top; the server builds its schema, validator and Yjs
 * conversion from this same array (STYLE.md, "One extension list").
 * Changing it means raising SCHEMA_VERSION.
 */
export const sfoExtensions: AnyExtension[] = [
  SfoDocument,
  Review,
  ...documentKindNodes,
  CaseRecord,
  PeopleRegister,
  Person,
  ...reviewSectionNodes,
  ...reviewPartNodes,
  AnalysisStage,
  AnalysisEntry,
  ...analysisColumnNodes,
  GlossaryEntry,
  ActionPlan,
  ...goodPracticeNodes,
  LearningTable,
  LearningRow,
  LearningObjective,
  LearningWhoFor,
  LearningAction,
  LearningMeasure,
  LearningOwners,
  LearningDates,
  ...actionPlanUpdateNodes,
  ...qaFeedbackNodes,
  ...qaChecklistNodes,
  ...redactionLogNodes,
  ...responsePlanNodes,
  Paragraph,
  Text,
  Bold,
  Italic,
  DisclosureSpec,
];
