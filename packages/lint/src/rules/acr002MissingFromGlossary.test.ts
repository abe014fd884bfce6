import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { acr002MissingFromGlossary } from "./acr002MissingFromGlossary.js";

describe("acr002MissingFromGlossary (ACR-002)", () => {
  it("is a document rule for ACR-002", () => {
    expect(acr002MissingFromGlossary.ids).toContain("ACR-002");
  });
  it("flags", () => {
    expect(
      lintText("The domestic abuse (DA) checks were late.".replace(/\\n/g, "\n"), {
        scope: "review.summary",
        glossary: [{ term: "OASys" }],
      }).filter((f) => f.rule === "ACR-002").length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("The offender assessment system (OASys) was used.", {
        scope: "review.summary",
        glossary: [{ term: "OASys" }],
      }).filter((f) => f.rule === "ACR-002"),
    ).toEqual([]);
  });
});
