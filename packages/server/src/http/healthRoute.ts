import type { Hocuspocus } from "@hocuspocus/server";
import type { HttpRoute } from "./HttpRoute.js";
import { sendJson } from "./sendJson.js";

/** `GET /health`: the server is up and how many documents it holds in memory. */
export function healthRoute(instance: () => Hocuspocus): HttpRoute {
  return (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname !== "/health") return false;
    if (request.method !== "GET" && request.method !== "HEAD") {
      sendJson(response, 405, { error: "method-not-allowed" });
      return true;
    }
    sendJson(response, 200, { status: "ok", documentsInMemory: instance().getDocumentsCount() });
    return true;
  };
}
