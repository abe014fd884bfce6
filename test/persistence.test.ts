import { join } from "node:path";
import { signToken } from "@sfo-review/server";
import { describe, expect, it } from "vitest";
import { sectionParagraphText, sectionText } from "./support/bodyText.js";
import { connectClient } from "./support/connectClient.js";
import { spawnCliServer } from "./support/spawnCliServer.js";
import { startTestServer } from "./support/startTestServer.js";
import { testSecret } from "./support/testSecret.js";
import { testTempDir } from "./support/testTempDir.js";

const key = new TextEncoder().encode(testSecret);
const editorToken = (name: string) => signToken({ sub: "rm", name: "RM", reviews: { [name]: "editor" } }, key);
const freshDb = () => join(testTempDir("sfo-persist-"), "reviews.sqlite");

describe("persistence", () => {
  it("keeps content across a server restart on the same SQLite file", async () => {
    const dbPath = freshDb();
    const name = "restart-review";
    const first = await startTestServer({ dbPath });
    const writer = await connectClient(first.url, name, await editorToken(name));
    sectionParagraphText(writer.doc, "judgements").insert(0, "Supervision met the expected standard.");
    await writer.settled();
    writer.destroy();
    await first.server.close();

    const second = await startTestServer({ dbPath });
    const reader = await connectClient(second.url, name, await editorToken(name));
    expect(sectionText(reader.doc, "judgements")).toBe("Supervision met the expected standard.");
    reader.destroy();
    await second.server.close();
  });

  for (const signal of ["SIGTERM", "SIGKILL"] as const) {
    it(`keeps an acknowledged edit when the server gets ${signal} straight after it`, async () => {
      const dbPath = freshDb();
      const name = `signal-${signal.toLowerCase()}`;
      const first = await spawnCliServer(dbPath);
      const writer = await connectClient(first.url, name, await editorToken(name));
      sectionParagraphText(writer.doc, "learning").insert(0, `Typed just before ${signal}.`);
      await writer.settled();
      first.child.kill(signal);
      const exit = await first.exited;
      if (signal === "SIGTERM") expect(exit).toBe(0);
      writer.destroy();

      const second = await spawnCliServer(dbPath);
      const reader = await connectClient(second.url, name, await editorToken(name));
      expect(sectionText(reader.doc, "learning")).toBe(`Typed just before ${signal}.`);
      reader.destroy();
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    });
  }
});
