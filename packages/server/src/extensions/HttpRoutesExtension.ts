import type { Extension, onRequestPayload } from "@hocuspocus/server";
import type { HttpRoute } from "../http/HttpRoute.js";
import { sendJson } from "../http/sendJson.js";
import type { Logger } from "../logging/Logger.js";

/** Serves plain HTTP routes on the websocket port; anything unmatched gets a JSON 404. */
export class HttpRoutesExtension implements Extension {
  extensionName = "HttpRoutesExtension";

  constructor(private readonly config: { routes: HttpRoute[]; logger: Logger }) {}

  async onRequest({ request, response }: onRequestPayload): Promise<void> {
    try {
      let handled = false;
      for (const route of this.config.routes) {
        if (await route(request, response)) {
          handled = true;
          break;
        }
      }
      if (!handled) sendJson(response, 404, { error: "not-found" });
    } catch (error) {
      this.config.logger.error("http.route_failed", {
        path: new URL(request.url ?? "/", "http://localhost").pathname,
        error: error instanceof Error ? error.message : String(error),
      });
      if (!response.headersSent) sendJson(response, 500, { error: "internal-error" });
      else response.end();
    }
    // Hocuspocus treats a rejection without an error as "handled": no default response.
    return Promise.reject();
  }
}
