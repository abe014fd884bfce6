import { SCHEMA_VERSION } from "@sfo-review/schema";
import { refusalReasons } from "@sfo-review/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectClient } from "./support/connectClient.js";
import { authReply, messageType, RawHocuspocusSocket } from "./support/rawHocuspocusSocket.js";
import { startTestServer, type TestServer } from "./support/startTestServer.js";

describe("clients built against another schema version", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.server.close();
  });

  async function refusalAt(query: string): Promise<string | undefined> {
    const name = "versioned-review";
    const raw = await RawHocuspocusSocket.open(`ws://127.0.0.1:${server.port}/${query}`, name);
    raw.authenticate(await server.token("editor", name));
    const reply = await raw.waitForReply((r) => r.type === messageType.auth);
    raw.close();
    return reply.subType === authReply.permissionDenied ? reply.reason : undefined;
  }

  it("refuses a client with an older schema version and tells it to reload", async () => {
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    expect(await refusalAt(`?schemaVersion=${SCHEMA_VERSION - 1}`)).toBe(refusalReasons.schemaOutdated);
    expect(refusalReasons.schemaOutdated).toContain("please reload");
  });

  it("refuses a client that does not declare its schema version", async () => {
    expect(await refusalAt("")).toBe(refusalReasons.schemaVersionMissing);
    expect(await refusalAt("?schemaVersion=two")).toBe(refusalReasons.schemaVersionMissing);
  });

  it("accepts the current version, and the document it receives carries that version", async () => {
    expect(await refusalAt(`?schemaVersion=${SCHEMA_VERSION}`)).toBeUndefined();
    const client = await connectClient(
      server.url,
      "versioned-review",
      await server.token("viewer", "versioned-review"),
    );
    expect(client.doc.getMap("meta").get("schemaVersion")).toBe(SCHEMA_VERSION);
    client.destroy();
  });

  it("an old client's connection never loads the document, so nothing it lacks can be deleted", async () => {
    const name = "versioned-untouched";
    const writer = await connectClient(server.url, name, await server.token("editor", name));
    const before = (await server.server.store.loadUpdates(name)).length;
    await expect(
      connectClient(`ws://127.0.0.1:${server.port}/?schemaVersion=1`, name, await server.token("editor", name)),
    ).rejects.toThrow(/schema-outdated/);
    expect((await server.server.store.loadUpdates(name)).length).toBe(before);
    writer.destroy();
  });
});
