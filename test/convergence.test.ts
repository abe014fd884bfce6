import { afterEach, describe, expect, it } from "vitest";
import { yDocToJson } from "@sfo-review/server";
import { sectionParagraphText, sectionText } from "./support/bodyText.js";
import { connectClient, type TestClient, waitFor } from "./support/connectClient.js";
import { startTestServer, type TestServer } from "./support/startTestServer.js";

describe("two clients through a real server", () => {
  let server: TestServer | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.server.close();
  });

  it("converge after concurrent edits", async () => {
    server = await startTestServer();
    const name = "converge-review";
    const a = await connectClient(server.url, name, await server.token("editor", name));
    const b = await connectClient(server.url, name, await server.token("editor", name, { sub: "b", name: "B" }));
    clients.push(a, b);

    // Both write into the same paragraph and into different sections before either sees the other.
    sectionParagraphText(a.doc, "summary").insert(0, "The practitioner completed the assessment. ");
    sectionParagraphText(b.doc, "summary").insert(0, "SPO2 countersigned it. ");
    sectionParagraphText(a.doc, "risk").insert(0, "Risk of serious harm to known adults was high.");
    sectionParagraphText(b.doc, "background").insert(0, "The index offence was burglary.");
    await Promise.all([a.settled(), b.settled()]);

    const json = (client: TestClient) => JSON.stringify(yDocToJson(client.doc));
    await waitFor(() => json(a) === json(b) && sectionText(a.doc, "background") !== "", "documents to converge");
    const summary = (client: TestClient) => sectionText(client.doc, "summary");
    expect(summary(a)).toContain("The practitioner completed the assessment.");
    expect(summary(a)).toContain("SPO2 countersigned it.");
    expect(sectionText(b.doc, "risk")).toBe("Risk of serious harm to known adults was high.");
    expect(sectionText(a.doc, "background")).toBe("The index offence was burglary.");
  });
});
