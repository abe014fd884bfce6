import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import { documentNameSchema, roleMayWriteDocument } from "@sfo-review/schema";
import { ConnectionRefusedError, refusalReasons } from "../auth/closeReasons.js";
import type { ConnectionContext } from "../auth/ConnectionContext.js";
import { verifyToken } from "../auth/verifyToken.js";
import type { Logger } from "../logging/Logger.js";

export interface AuthExtensionConfig {
  key: Uint8Array;
  logger: Logger;
}

/**
 * Accepts a connection only with a valid token that names this review, and makes the
 * connection read-only on the server for roles that may not edit: Hocuspocus then
 * refuses their document updates before they reach the document or the store.
 */
export class AuthExtension implements Extension {
  extensionName = "AuthExtension";
  priority = 1000;

  constructor(private readonly config: AuthExtensionConfig) {}

  async onAuthenticate(payload: onAuthenticatePayload): Promise<ConnectionContext> {
    try {
      if (!documentNameSchema.safeParse(payload.documentName).success) {
        throw new ConnectionRefusedError(refusalReasons.badDocumentName);
      }
      const claims = await verifyToken(payload.token, this.config.key);
      const role = claims.reviews[payload.documentName];
      if (!role) throw new ConnectionRefusedError(refusalReasons.noAccess);
      payload.connectionConfig.readOnly = !roleMayWriteDocument(role);
      this.config.logger.info("auth.accepted", { user: claims.sub, role, document: payload.documentName });
      return { user: { id: claims.sub, name: claims.name }, role };
    } catch (error) {
      const reason = error instanceof ConnectionRefusedError ? error.reason : "internal";
      this.config.logger.warn("auth.refused", { reason: reason.split(":")[0], document: payload.documentName });
      throw error;
    }
  }
}
