import { type Role, roleLabels, roleMayWriteDocument } from "@sfo-review/schema";
import { useMemo } from "react";
import { CollaborativeBody } from "./CollaborativeBody.js";
import { ConnectionStatus } from "./collaboration/ConnectionStatus.js";
import { isNewerSchema, useReviewConnection } from "./collaboration/useReviewConnection.js";
import { PresenceList } from "./presence/PresenceList.js";
import { usePublishedUser } from "./presence/usePublishedUser.js";
import { userColor } from "./presence/userColor.js";

export interface ReviewEditorProps {
  /** Websocket URL of the SFO review server, e.g. `wss://intranet.example/sfo`. */
  url: string;
  /** The review's document name, as named in the token. */
  documentName: string;
  /** Access token issued by the host system (HS256 JWT with `sub`, `name`, `reviews`). */
  token: string;
  /** The signed-in user as the host knows them; the server checks the token, not this. */
  user: { id: string; name: string; role: Role };
  className?: string;
  /** Live linting of the text (default true). */
  lint?: boolean;
}

/**
 * A collaborative SFO review editor. Embed it in any React page:
 *
 * @example
 * <ReviewEditor url="wss://intranet.example/sfo" documentName="SFO-2026-0042" token={token}
 *   user={{ id: "u1", name: "Sam Reviewer", role: "editor" }} />
 */
export function ReviewEditor({ url, documentName, token, user, className, lint = true }: ReviewEditorProps) {
  const connection = useReviewConnection(url, documentName, token);
  // A stable object, so that CollaborativeBody (memoised) does not re-render when the host re-renders.
  const awarenessUser = useMemo(
    () => ({ id: user.id, name: user.name, role: user.role, color: userColor(user.id) }),
    [user.id, user.name, user.role],
  );
  usePublishedUser(connection?.provider, awarenessUser);
  if (!connection) return null;
  const newer = isNewerSchema(connection);
  const readOnly = !roleMayWriteDocument(user.role) || connection.serverReadOnly || newer;

  return (
    <div className={`sfo-editor ${className ?? ""}`} data-role={user.role}>
      <div className="sfo-editor__toolbar">
        <span className="sfo-editor__me">
          {user.name} <span className="sfo-editor__role">{roleLabels[user.role]}</span>
        </span>
        <ConnectionStatus connection={connection} readOnly={readOnly} />
        <PresenceList provider={connection.provider} />
      </div>
      {connection.refusal ? (
        <div className="sfo-editor__notice sfo-editor__notice--error" role="alert">
          The server refused access to this review: {connection.refusal}
        </div>
      ) : newer ? (
        <div className="sfo-editor__notice sfo-editor__notice--error" role="alert" data-testid="schema-too-new">
          This review was saved by a newer version of the editor. Please reload the page to continue.
        </div>
      ) : connection.synced ? (
        <CollaborativeBody
          doc={connection.doc}
          provider={connection.provider}
          user={awarenessUser}
          editable={!readOnly}
          lint={lint}
        />
      ) : (
        <p className="sfo-editor__loading">Loading the review…</p>
      )}
    </div>
  );
}
