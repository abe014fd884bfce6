import { BODY_FIELD } from "@sfo-review/schema";
import { yDocToJson } from "@sfo-review/server";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, type TestClient, waitFor } from "./support/connectClient.js";
import { seededRandom } from "./support/seededRandom.js";
import { startTestServer, type TestServer } from "./support/startTestServer.js";

function textNodes(doc: Y.Doc): Y.XmlText[] {
  const found: Y.XmlText[] = [];
  for (const node of doc.getXmlFragment(BODY_FIELD).createTreeWalker((n) => n instanceof Y.XmlElement)) {
    if ((node as Y.XmlElement).nodeName !== "paragraph") continue;
    const paragraph = node as Y.XmlElement;
    const text = paragraph.get(0);
    if (text instanceof Y.XmlText) found.push(text);
    else {
      const created = new Y.XmlText();
      paragraph.insert(0, [created]);
      found.push(created);
    }
  }
  return found;
}

describe("randomised convergence", () => {
  let server: TestServer | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.server.close();
  });

  it("keeps every client and the server equal after random edits and disconnects", async () => {
    const seed = Number(process.env.CONVERGENCE_SEED ?? Date.now() % 100_000);
    const next = seededRandom(seed);
    server = await startTestServer();
    const name = "random-convergence";
    for (let i = 0; i < 4; i++) {
      clients.push(
        await connectClient(server.url, name, await server.token("editor", name, { sub: `c${i}`, name: `C${i}` })),
      );
    }
    const words = ["PP1 ", "assessed ", "the risk ", "SPO2 ", "did not ", "review ", "the plan. ", "\n"];
    for (let round = 0; round < 12; round++) {
      for (const client of clients) {
        if (next() < 0.2) client.provider.disconnect();
        const texts = textNodes(client.doc);
        for (let edit = 0; edit < 6; edit++) {
          const target = texts[Math.floor(next() * texts.length)];
          if (!target) continue;
          if (next() < 0.7 || target.length === 0) {
            target.insert(Math.floor(next() * (target.length + 1)), words[Math.floor(next() * words.length)] ?? "x");
          } else {
            const at = Math.floor(next() * target.length);
            target.delete(at, Math.min(1 + Math.floor(next() * 5), target.length - at));
          }
        }
      }
      for (const client of clients) if (next() < 0.5) await client.provider.connect();
    }
    for (const client of clients) await client.provider.connect();
    for (const client of clients) await client.settled();

    const serverDoc = server.server.hocuspocus.hocuspocus.documents.get(name) as Y.Doc;
    const expected = () => JSON.stringify(yDocToJson(serverDoc));
    await waitFor(
      () => clients.every((client) => JSON.stringify(yDocToJson(client.doc)) === expected()),
      `all clients to converge (seed ${seed})`,
      20_000,
    );
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.mergeUpdates(await server.server.store.loadUpdates(name)));
    expect(JSON.stringify(yDocToJson(stored)), `seed ${seed}`).toBe(expected());
  });
});
