/**
 * Reasons sent to a client whose connection to a document is refused. The provider
 * receives them in `onAuthenticationFailed({ reason })`; the editor shows them.
 */
export const refusalReasons = {
  tokenMissing: "token-missing: no access token was sent",
  tokenMalformed: "token-malformed: the access token is not a valid JWT",
  tokenBadSignature: "token-invalid-signature: the access token was not signed by this server's secret",
  tokenExpired: "token-expired: the access token has expired; sign in again",
  tokenClaimsInvalid: "token-claims-invalid: the access token lacks sub, name or reviews",
  noAccess: "no-access: the access token gives no role on this review",
  schemaVersionMissing:
    "schema-version-missing: the client did not say which document schema it knows (add ?schemaVersion=N to the URL)",
  schemaOutdated: "schema-outdated: this editor is older than the document; please reload the page",
  badDocumentName: "bad-document-name: review names use letters, digits, '.', '_' and '-'",
} as const;

export type RefusalReason = (typeof refusalReasons)[keyof typeof refusalReasons];

/** Thrown by hooks to refuse a connection; Hocuspocus sends `reason` to the client. */
export class ConnectionRefusedError extends Error {
  override name = "ConnectionRefusedError";
  constructor(readonly reason: RefusalReason) {
    super(reason);
  }
}
