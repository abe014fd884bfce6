export { buildSfoSchema } from "./buildSfoSchema.js";
export { sfoExtensions } from "./sfoExtensions.js";
export { createSectionNode, type SectionSpec } from "./nodes/createSectionNode.js";
export { createCellNode, type CellSpec } from "./nodes/createCellNode.js";
export { reviewSectionSpecs, type ReviewSectionName } from "./nodes/reviewSections.js";
export { analysisStages, analysisStageTitles, type AnalysisStageName } from "./nodes/AnalysisStage.js";
export { analysisColumns } from "./nodes/AnalysisEntry.js";
export { learningColumns, whoForLevels, type WhoForLevel } from "./nodes/learningTable.js";
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
export {
  validateDocumentJson,
  type DocumentIssue,
  type DocumentValidation,
} from "./document/validateDocumentJson.js";
export {
  paragraph,
  analysisEntry,
  learningRow,
  reviewDocument,
  type AnalysisEntryInput,
  type LearningRowInput,
  type GlossaryEntryInput,
  type ReviewInput,
} from "./document/jsonBuilders.js";
export { newReviewTemplate } from "./templates/newReviewTemplate.js";
