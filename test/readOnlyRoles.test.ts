import { BODY_FIELD } from "@sfo-review/schema";
import { yDocToJson } from "@sfo-review/server";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient } from "./support/connectClient.js";
import { authReply, messageType, RawHocuspocusSocket } from "./support/rawHocuspocusSocket.js";
import { startTestServer, type TestServer } from "./support/startTestServer.js";

function hostileUpdate(marker: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlText(marker)]);
  doc.getMap("meta").set("schemaVersion", 999);
  return Y.encodeStateAsUpdate(doc);
}

describe("read-only roles are enforced on the server", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.server.close();
  });

  for (const role of ["viewer", "inspector"] as const) {
    for (const as of ["update", "syncStep2"] as const) {
      it(`refuses and never stores a ${role}'s raw Yjs ${as}`, async () => {
        server = await startTestServer();
        const name = `readonly-${role}-${as}`;
        const editor = await connectClient(server.url, name, await server.token("editor", name));
        const before = JSON.stringify(yDocToJson(editor.doc));
        const rowsBefore = await server.server.store.loadUpdates(name);

        const raw = await RawHocuspocusSocket.open(server.url, name);
        raw.authenticate(await server.token(role, name));
        const auth = await raw.waitForReply((reply) => reply.type === messageType.auth);
        expect(auth.subType).toBe(authReply.authenticated);
        raw.sendUpdate(hostileUpdate(`written by ${role}`), as);
        const status = await raw.waitForReply((reply) => reply.type === messageType.syncStatus);
        expect(status.subType).toBe(0);

        // A later legitimate edit round-trips, so anything the hostile update did would have arrived by now.
        editor.doc.getMap("meta").set("probe", 1);
        await editor.settled();
        const serverDoc = server.server.hocuspocus.hocuspocus.documents.get(name);
        expect(serverDoc).toBeDefined();
        expect(JSON.stringify(yDocToJson(serverDoc as Y.Doc))).toBe(before);
        expect(JSON.stringify(yDocToJson(editor.doc))).toBe(before);
        expect((serverDoc as Y.Doc).getMap("meta").get("schemaVersion")).not.toBe(999);

        const rowsAfter = await server.server.store.loadUpdates(name);
        expect(rowsAfter.length).toBe(rowsBefore.length + 1);
        const stored = new Y.Doc();
        Y.applyUpdate(stored, Y.mergeUpdates(rowsAfter));
        expect(stored.getXmlFragment(BODY_FIELD).toString()).not.toContain(`written by ${role}`);
        expect(stored.getMap("meta").get("schemaVersion")).not.toBe(999);
        raw.close();
        editor.destroy();
      });
    }
  }

  it("accepts the same raw update from an editor, proving the probe can see a write", async () => {
    server = await startTestServer();
    const name = "raw-editor";
    const raw = await RawHocuspocusSocket.open(server.url, name);
    raw.authenticate(await server.token("editor", name));
    await raw.waitForReply((reply) => reply.type === messageType.auth);
    raw.sendUpdate(hostileUpdate("written by editor"));
    const status = await raw.waitForReply((reply) => reply.type === messageType.syncStatus);
    expect(status.subType).toBe(1);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.mergeUpdates(await server.server.store.loadUpdates(name)));
    expect(stored.getXmlFragment(BODY_FIELD).toString()).toContain("written by editor");
    raw.close();
  });
});
