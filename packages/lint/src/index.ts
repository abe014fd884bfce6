export type { Finding, Fix, Severity } from "./Finding.js";
export type { LintContext, RegisterEntry, GlossaryTerm, Scope } from "./LintContext.js";
export { ruleCatalogue, ruleInfo, type RuleId, type RuleInfo } from "./ruleCatalogue.js";
export { nodeScopes, groupNodeTypes, defaultDocumentScope, defaultTextScope } from "./nodeScopes.js";
export { scopeTraits, type ScopeTraits } from "./scopeTraits.js";
export { lintText, splitParagraphs } from "./lintText.js";
export { lintDocument } from "./lintDocument.js";
export { lintLearningRow } from "./lintLearningRow.js";
export {
  redactionLogReadiness,
  type RedactionLogGap,
  type RedactionLogReadiness,
} from "./redactionLogReadiness.js";
export type { LearningRowFields } from "./plan/LearningRowFields.js";
export {
  createIncrementalLinter,
  type IncrementalLinter,
  type IncrementalStats,
  type LintChange,
  type LintSnapshot,
} from "./createIncrementalLinter.js";
export { applyDismissals, type Dismissal } from "./dismissals.js";
export { runLintJsonl, lintJsonlLine, type JsonlResult } from "./cli/runLintJsonl.js";
export { runLintCli, LINT_USAGE, type LintCliIo } from "./cli/runLintCli.js";
export { lintInputLineSchema, type LintInputLine } from "./cli/lintInput.schema.js";
export { findPassives, type PassiveMatch } from "./text/findPassives.js";
export { TextBlock } from "./text/TextBlock.js";
export { mayNameSomeone } from "./text/mayNameSomeone.js";
export { hashText } from "./engine/hashText.js";
