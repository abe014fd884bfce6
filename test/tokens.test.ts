import { refusalReasons, signToken } from "@sfo-review/server";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authReply, messageType, RawHocuspocusSocket } from "./support/rawHocuspocusSocket.js";
import { startTestServer, type TestServer } from "./support/startTestServer.js";

describe("access tokens", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.server.close();
  });

  async function refusalFor(token: string, documentName = "token-review"): Promise<string | undefined> {
    const raw = await RawHocuspocusSocket.open(server.url, documentName);
    raw.authenticate(token);
    const reply = await raw.waitForReply((r) => r.type === messageType.auth);
    raw.close();
    return reply.subType === authReply.permissionDenied ? reply.reason : undefined;
  }

  const claims = { sub: "rm-1", name: "Reviewing manager", reviews: { "token-review": "editor" as const } };

  it("accepts a valid token", async () => {
    expect(await refusalFor(await server.token("editor", "token-review"))).toBeUndefined();
  });

  it("refuses a token signed with another secret", async () => {
    const forged = await signToken(claims, new TextEncoder().encode("another-secret-that-is-at-least-32-chars"));
    expect(await refusalFor(forged)).toBe(refusalReasons.tokenBadSignature);
  });

  it("refuses an expired token", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ name: claims.name, reviews: claims.reviews })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.sub)
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(server.server.key);
    expect(await refusalFor(expired)).toBe(refusalReasons.tokenExpired);
  });

  it("refuses a missing token", async () => {
    expect(await refusalFor("")).toBe(refusalReasons.tokenMissing);
  });

  it("refuses garbage and an unsigned (alg none) token", async () => {
    expect(await refusalFor("not-a-jwt")).toBe(refusalReasons.tokenMalformed);
    const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    const body = Buffer.from(JSON.stringify({ ...claims, exp: 9999999999 })).toString("base64url");
    expect(await refusalFor(`${header}.${body}.`)).toBe(refusalReasons.tokenMalformed);
  });

  it("refuses a valid token that names another review", async () => {
    expect(await refusalFor(await server.token("editor", "token-review"), "other-review")).toBe(
      refusalReasons.noAccess,
    );
  });

  it("refuses a token whose role is not a known role", async () => {
    const token = await new SignJWT({ name: claims.name, reviews: { "token-review": "owner" } })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.sub)
      .setExpirationTime("1h")
      .sign(server.server.key);
    expect(await refusalFor(token)).toBe(refusalReasons.tokenClaimsInvalid);
  });
});
