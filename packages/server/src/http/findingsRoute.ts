import type { Hocuspocus } from "@hocuspocus/server";
import { lintDocument } from "@sfo-review/lint";
import { documentNameSchema } from "@sfo-review/schema";
import { ConnectionRefusedError } from "../auth/closeReasons.js";
import { loadStoredDocument } from "../document/loadStoredDocument.js";
import { yDocToNode } from "../document/yDocToNode.js";
import type { ReviewStore } from "../storage/ReviewStore.js";
import type { HttpRoute } from "./HttpRoute.js";
import { bearerClaims } from "./bearerClaims.js";
import { sendJson } from "./sendJson.js";

const findingsPath = /^\/api\/reviews\/([^/]+)\/findings$/;

/**
 * `GET /api/reviews/:name/findings`: the lint findings of a stored review, for anyone whose
 * token gives a role on it. The live in-memory document is used when it is loaded.
 */
export function findingsRoute(config: { key: Uint8Array; store: ReviewStore; instance: () => Hocuspocus }): HttpRoute {
  return async (request, response) => {
    const match = findingsPath.exec(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!match) return false;
    if (request.method !== "GET") {
      sendJson(response, 405, { error: "method-not-allowed" });
      return true;
    }
    const name = decodeURIComponent(match[1] ?? "");
    if (!documentNameSchema.safeParse(name).success) {
      sendJson(response, 400, { error: "bad-document-name" });
      return true;
    }
    let role: string | undefined;
    try {
      role = (await bearerClaims(request, config.key)).reviews[name];
    } catch (error) {
      if (!(error instanceof ConnectionRefusedError)) throw error;
      sendJson(response, 401, { error: error.reason });
      return true;
    }
    if (!role) {
      sendJson(response, 403, { error: "no-access: the access token gives no role on this review" });
      return true;
    }
    const live = config.instance().documents.get(name);
    const doc = live ?? (await loadStoredDocument(config.store, name));
    if (!doc) {
      sendJson(response, 404, { error: "not-found" });
      return true;
    }
    const findings = lintDocument(yDocToNode(doc));
    const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
    sendJson(response, 200, {
      name,
      summary: { errors: count("error"), warnings: count("warning"), info: count("info") },
      findings,
    });
    return true;
  };
}
