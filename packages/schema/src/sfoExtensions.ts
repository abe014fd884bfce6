import type { AnyExtension } from "@tiptap/core";
import { AnalysisEntry, analysisColumnNodes } from "./nodes/AnalysisEntry.js";
import { AnalysisStage } from "./nodes/AnalysisStage.js";
import { GlossaryEntry } from "./nodes/GlossaryEntry.js";
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
import { Review, SfoDocument } from "./nodes/Review.js";
import { reviewSectionNodes } from "./nodes/reviewSections.js";
import { Bold, Italic, Paragraph, Text } from "./nodes/textNodes.js";

/**
 * The one list of nodes and marks of an SFO document. The editor adds UI
 * extensions on top; the server builds its schema, validator and Yjs
 * conversion from this same array (STYLE.md, "One extension list").
 */
export const sfoExtensions: AnyExtension[] = [
  SfoDocument,
  Review,
  ...reviewSectionNodes,
  AnalysisStage,
  AnalysisEntry,
  ...analysisColumnNodes,
  GlossaryEntry,
  ActionPlan,
  LearningTable,
  LearningRow,
  LearningObjective,
  LearningWhoFor,
  LearningAction,
  LearningMeasure,
  LearningOwners,
  LearningDates,
  Paragraph,
  Text,
  Bold,
  Italic,
];
