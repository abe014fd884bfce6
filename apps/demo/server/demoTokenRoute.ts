import { type HttpRoute, sendJson, signToken } from "@sfo-review/server";
import { demoDocumentName, demoUsers } from "../src/demoUsers.js";

/**
 * `GET /demo/token?user=KEY`. DEMO ONLY: anyone who can reach the demo gets a token.
 * This route exists only in the demo server; the product server has no token issuing.
 */
export function demoTokenRoute(key: Uint8Array): HttpRoute {
  return async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname !== "/demo/token") return false;
    const user = demoUsers.find((candidate) => candidate.key === url.searchParams.get("user"));
    if (!user) {
      sendJson(response, 400, { error: "unknown-demo-user", users: demoUsers.map((candidate) => candidate.key) });
      return true;
    }
    const token = await signToken({ sub: user.id, name: user.name, reviews: { [demoDocumentName]: user.role } }, key, {
      expiresInSeconds: 12 * 3600,
    });
    sendJson(response, 200, {
      token,
      documentName: demoDocumentName,
      user: { id: user.id, name: user.name, role: user.role },
    });
    return true;
  };
}
