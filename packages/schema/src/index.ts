export { buildSfoSchema } from "./buildSfoSchema.js";
export { sfoExtensions } from "./sfoExtensions.js";
export { createSectionNode, type SectionSpec } from "./nodes/createSectionNode.js";
export { createCellNode, type CellSpec } from "./nodes/createCellNode.js";
export { createAtomNode, type AtomSpec } from "./nodes/createAtomNode.js";
export { createContainerNode, type ContainerSpec } from "./nodes/createContainerNode.js";
export { reviewSectionSpecs, type ReviewSectionName } from "./nodes/reviewSections.js";
export { analysisStages, analysisStageTitles, type AnalysisStageName } from "./nodes/AnalysisStage.js";
export { analysisColumns } from "./nodes/AnalysisEntry.js";
export { learningColumns, whoForLevels, type WhoForLevel } from "./nodes/learningTable.js";
export { goodPracticeColumns } from "./nodes/goodPracticeTable.js";
export { updateColumns } from "./nodes/actionPlanUpdate.js";
export { responsePlanColumns } from "./nodes/responsePlan.js";
export { documentKinds, type DocumentKind, type DocumentKindNode } from "./nodes/Review.js";
export { sharedWithLevels, type SharedWithLevel } from "./config/levels.js";
export { managingRegions, type ManagingRegion } from "./config/managingRegions.js";
export {
  personRoles,
  personRoleLabels,
  staffRoles,
  staffStatuses,
  type PersonRole,
  type StaffStatus,
} from "./config/personRoles.js";
export {
  reviewTemplateVersions,
  reviewTemplateVersionLabels,
  currentReviewTemplateVersion,
  type ReviewTemplateVersion,
} from "./config/reviewTemplateVersions.js";
export {
  qaStandards,
  qaStandardIds,
  qaRatings,
  qaRatingPoints,
  qaBodies,
  qaFeedbackRecipients,
  type QaStandardId,
  type QaRating,
  type QaBody,
} from "./config/qaStandards.js";
export {
  qaChecklists,
  qaChecklistVersions,
  currentQaChecklist,
  qaChecklistItemIds,
  type QaChecklistConfig,
  type QaChecklistGroup,
  type QaChecklistItem,
  type QaChecklistVersion,
} from "./config/qaChecklist.js";
export {
  responseCategories,
  responseReasonCategories,
  responseCategoryDefinitions,
  responseTargetStatusWords,
  type ResponseCategory,
  type ResponseReasonCategory,
} from "./config/responseCategories.js";
export { documentGuidance, legalBasisStatement, responseIntroductionText } from "./config/documentGuidance.js";
export {
  roles,
  roleSchema,
  capabilities,
  roleCapabilities,
  roleLabels,
  roleCan,
  roleMayWriteDocument,
  type Role,
  type Capability,
} from "./roles/roles.js";
export { tokenClaimsSchema, type TokenClaims } from "./roles/token.schema.js";
export { documentNameSchema } from "./document/documentName.schema.js";
export { SCHEMA_VERSION, META_MAP_NAME, BODY_FIELD } from "./document/schemaVersion.js";
export { pmNodeSchema, type PmNodeJson, type PmMarkJson } from "./document/pmNode.schema.js";
export { isoDateSchema, isoDateOrMonthSchema, isIsoDate, isIsoMonth } from "./document/isoDate.schema.js";
export { identifierSchema, optionalIdentifierSchema } from "./document/identifier.schema.js";
export { personSchema, type Person } from "./document/person.schema.js";
export {
  caseRecordSchema,
  reviewTypes,
  parallelReviewTypes,
  caseOutcomes,
  type CaseRecord,
} from "./document/caseRecord.schema.js";
export {
  nodeAttrSchemas,
  defaultAttrs,
  analysisStageAttrsSchema,
  analysisEntryAttrsSchema,
  glossaryEntryAttrsSchema,
  intervieweeAttrsSchema,
  recordExaminedAttrsSchema,
  localGuidanceItemAttrsSchema,
  learningRowAttrsSchema,
  goodPracticeRowAttrsSchema,
  learningWhoForAttrsSchema,
  goodPracticeSharedWithAttrsSchema,
  ownersAttrsSchema,
  planDatesAttrsSchema,
  actionPlanUpdateAttrsSchema,
  updateRowAttrsSchema,
  updateStatuses,
  updateStatusAttrsSchema,
  qaDetailsAttrsSchema,
  qaStandardAttrsSchema,
  qaDecisions,
  qaDecisionAttrsSchema,
  checklistAnswersAttrsSchema,
  checklistItemAttrsSchema,
  signOffKinds,
  signOffAttrsSchema,
  sharingRequestAttrsSchema,
  redactionCategories,
  redactionTests,
  redactionDecisions,
  redactionEntryAttrsSchema,
  responsePlanHeaderAttrsSchema,
  responseRecommendationAttrsSchema,
  responseActionAttrsSchema,
  type AttributedNodeName,
} from "./document/nodeAttrs.schema.js";
export {
  validateDocumentJson,
  type DocumentIssue,
  type DocumentValidation,
  type ValidateDocumentOptions,
} from "./document/validateDocumentJson.js";
export { visitJson, type VisitedNode, type JsonPath } from "./document/visitJson.js";
export { UnreachableCaseError } from "./document/UnreachableCaseError.js";
export {
  paragraph,
  paragraphs,
  analysisEntry,
  learningRow,
  goodPracticeRow,
  actionPlan,
  caseHeader,
  reviewDocument,
  type AnalysisEntryInput,
  type LearningRowInput,
  type GoodPracticeRowInput,
  type ActionPlanInput,
  type CaseHeaderInput,
  type GlossaryEntryInput,
  type IntervieweeInput,
  type RecordExaminedInput,
  type LocalGuidanceInput,
  type ReviewInput,
} from "./document/jsonBuilders.js";
export {
  updateRow,
  actionPlanDocument,
  qaFeedbackDocument,
  qaChecklistDocument,
  redactionLogDocument,
  responseRecommendation,
  responsePlanDocument,
  type UpdateRowInput,
  type ActionPlanDocumentInput,
  type QaStandardInput,
  type QaFeedbackInput,
  type QaChecklistInput,
  type RedactionEntryInput,
  type RedactionLogInput,
  type ResponseRowInput,
  type ResponseRecommendationInput,
  type ResponsePlanInput,
} from "./document/documentBuilders.js";
export { newReviewTemplate } from "./templates/newReviewTemplate.js";
export { newDocumentTemplate, templateVersions, type TemplateOptions } from "./templates/newDocumentTemplate.js";
export {
  assessQa,
  assessQaInputSchema,
  compositeRating,
  RESUBMISSION_DAYS,
  QA_WINDOW_BEFORE_SHARING_DAYS,
  type AssessQaInput,
  type QaAssessment,
  type QaFlag,
  type Resubmission,
} from "./qa/assessQa.js";
export { addDays } from "./qa/addDays.js";
export { summariseResponsePlan, type ResponsePlanSummary } from "./response/summariseResponsePlan.js";
export {
  nodeDisclosure,
  restrictedNodeTypes,
  restrictedAttributes,
  DisclosureSpec,
  type Disclosure,
} from "./disclosure/nodeDisclosure.js";
export { toShareableJson, NotShareableError } from "./disclosure/toShareableJson.js";
export { sampleCase, type SampleCase } from "./sample/sampleCase.js";
