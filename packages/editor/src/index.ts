export { ReviewEditor, type ReviewEditorProps } from "./ReviewEditor.js";
export { CollaborativeBody, type CollaborativeBodyProps } from "./CollaborativeBody.js";
export {
  useReviewConnection,
  isNewerSchema,
  type ReviewConnection,
  type ConnectionState,
} from "./collaboration/useReviewConnection.js";
export { ConnectionStatus } from "./collaboration/ConnectionStatus.js";
export { PresenceList } from "./presence/PresenceList.js";
export { awarenessUserSchema, type AwarenessUser } from "./presence/awarenessUser.schema.js";
export { userColor } from "./presence/userColor.js";
export { editorNodeExtensions } from "./nodeViews/editorNodeViews.js";
export { LintExtension, type LintExtensionOptions } from "./lint/LintExtension.js";
export { LintUi, type LintUiProps } from "./lint/LintUi.js";
export { lintPluginKey } from "./lint/lintPluginKey.js";
export type { LintState, LintPopoverState, DismissedFinding } from "./lint/LintState.js";
export { LINT_DISMISSALS_MAP, lintDismissalValueSchema, type LintDismissalValue } from "./lint/lintDismissal.schema.js";
export { dismissalKey } from "./lint/dismissalKey.js";
