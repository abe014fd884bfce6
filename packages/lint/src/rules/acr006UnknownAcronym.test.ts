import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { acr006UnknownAcronym } from "./acr006UnknownAcronym.js";

describe("acr006UnknownAcronym (ACR-006)", () => {
  it("is a document rule for ACR-006", () => {
    expect(acr006UnknownAcronym.ids).toContain("ACR-006");
  });
  it("flags", () => {
    expect(
      lintText("HMMPS will consider it.".replace(/\\n/g, "\n"), { scope: "review.summary" }).filter(
        (f) => f.rule === "ACR-006",
      ).length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("His Majesty's Prison and Probation Service (HMPPS) will consider it.", {
        scope: "review.summary",
      }).filter((f) => f.rule === "ACR-006"),
    ).toEqual([]);
  });
});
