import { documentNameSchema, type Role } from "@sfo-review/schema";
import { type HttpRoute, sendJson, signToken } from "@sfo-review/server";
import { demoDocuments, newReviewPrefix } from "../src/demoDocuments.js";
import { demoUsers } from "../src/demoUsers.js";

/**
 * `GET /demo/token?user=KEY[&doc=NAME]`. DEMO ONLY: anyone who can reach the demo gets a
 * token, for the sample case's documents and for reviews created in the demo. The product
 * server has no token issuing; a real deployment's tokens come from the host's sign-in.
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
    const documentName = url.searchParams.get("doc") ?? "demo-review";
    const known = demoDocuments.some((doc) => doc.name === documentName);
    if (!documentNameSchema.safeParse(documentName).success || (!known && !documentName.startsWith(newReviewPrefix))) {
      sendJson(response, 400, { error: "unknown-demo-document" });
      return true;
    }
    const reviews: Record<string, Role> = { [documentName]: user.role };
    const token = await signToken({ sub: user.id, name: user.name, reviews }, key, { expiresInSeconds: 12 * 3600 });
    sendJson(response, 200, { token, documentName, user: { id: user.id, name: user.name, role: user.role } });
    return true;
  };
}
