import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import { SCHEMA_VERSION } from "@sfo-review/schema";
import { ConnectionRefusedError, refusalReasons } from "../auth/closeReasons.js";

/**
 * Refuses clients built against an older node list than the server's. y-prosemirror
 * deletes nodes its schema does not know, so an old client would silently destroy
 * newer parts of the document (DOMAIN.md §7; Tiptap #6927, y-prosemirror #39).
 * Clients declare their version in the websocket URL: `?schemaVersion=N`.
 */
export class SchemaVersionExtension implements Extension {
  extensionName = "SchemaVersionExtension";
  priority = 900;

  async onAuthenticate({ requestParameters }: onAuthenticatePayload): Promise<void> {
    const declared = requestParameters.get("schemaVersion");
    if (declared === null || !/^\d+$/.test(declared)) {
      throw new ConnectionRefusedError(refusalReasons.schemaVersionMissing);
    }
    if (Number(declared) < SCHEMA_VERSION) throw new ConnectionRefusedError(refusalReasons.schemaOutdated);
  }
}
