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
