import { BODY_FIELD } from "@sfo-review/schema";
import { createJsonLogger } from "@sfo-review/server";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, waitFor } from "./support/connectClient.js";
import { startTestServer, type TestServer } from "./support/startTestServer.js";

describe("validation before compaction", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.server.close();
  });

  it("keeps the update log instead of compacting a structurally invalid document", async () => {
    const logger = createJsonLogger({ write: () => {} });
    server = await startTestServer({ debounceMs: 10 }, { logger });
    const name = "invalid-state";
    const client = await connectClient(server.url, name, await server.token("editor", name));
    // An editor's client writes a text node straight into the body, which no SFO document allows.
    client.doc.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlText("stray text")]);
    for (let i = 0; i < 210; i++) client.doc.getMap("meta").set("probe", i);
    await client.settled();
    await waitFor(() => (logger.counts()["document.invalid_state"] ?? 0) > 0, "the invalid state to be logged");
    expect((await server.server.store.loadUpdates(name)).length).toBeGreaterThan(200);
    client.destroy();
  });

  it("compacts a valid document's long log into one snapshot", async () => {
    const logger = createJsonLogger({ write: () => {} });
    server = await startTestServer({ debounceMs: 10 }, { logger });
    const name = "valid-state";
    const client = await connectClient(server.url, name, await server.token("editor", name));
    for (let i = 0; i < 210; i++) client.doc.getMap("meta").set("probe", i);
    await client.settled();
    await waitFor(() => (logger.counts()["document.invalid_state"] ?? 0) === 0, "nothing invalid");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await server.server.store.loadUpdates(name);
    expect(rows.length).toBeLessThan(20);
    client.destroy();
  });
});
