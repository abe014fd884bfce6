import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { acr003UnusedGlossaryEntry } from "./acr003UnusedGlossaryEntry.js";

describe("acr003UnusedGlossaryEntry (ACR-003)", () => {
  it("is a document rule for ACR-003", () => {
    expect(acr003UnusedGlossaryEntry.ids).toContain("ACR-003");
  });
  it("flags", () => {
    expect(
      lintText("The offender assessment system (OASys) was used.".replace(/\\n/g, "\n"), {
        scope: "review.summary",
        glossary: [{ term: "OASys" }, { term: "MAPPA" }],
      }).filter((f) => f.rule === "ACR-003").length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("MAPPA level 2 applied. The offender assessment system (OASys) was used.", {
        scope: "review.summary",
        glossary: [{ term: "OASys" }, { term: "MAPPA" }],
      }).filter((f) => f.rule === "ACR-003"),
    ).toEqual([]);
  });
});
