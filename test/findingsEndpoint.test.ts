import { reviewDocument } from "@sfo-review/schema";
import { importDocument, signToken } from "@sfo-review/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/startTestServer.js";

describe("GET /api/reviews/:name/findings", () => {
  let server: TestServer;
  const name = "findings-review";
  beforeAll(async () => {
    server = await startTestServer();
    const result = await importDocument(
      server.server.store,
      name,
      reviewDocument({ background: ["His National Insurance number is JT 12 34 56 C."] }),
    );
    expect(result.ok).toBe(true);
  });
  afterAll(async () => {
    await server.server.close();
  });

  const get = (token?: string, review = name) =>
    fetch(`http://127.0.0.1:${server.port}/api/reviews/${review}/findings`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });

  it("returns the findings to anyone with a role on the review, including read-only roles", async () => {
    const response = await get(await server.token("viewer", name));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { findings: { rule: string }[]; summary: { warnings: number } };
    expect(body.findings.map((finding) => finding.rule)).toContain("PII-010");
  });

  it("refuses a missing, forged or foreign token", async () => {
    expect((await get()).status).toBe(401);
    const forged = await signToken(
      { sub: "x", name: "X", reviews: { [name]: "editor" } },
      new TextEncoder().encode("a-different-secret-of-at-least-32-characters"),
    );
    expect((await get(forged)).status).toBe(401);
    expect((await get(await server.token("editor", "another-review"))).status).toBe(403);
  });

  it("answers 404 for a review that does not exist", async () => {
    expect((await get(await server.token("editor", "absent-review"), "absent-review")).status).toBe(404);
  });
});
