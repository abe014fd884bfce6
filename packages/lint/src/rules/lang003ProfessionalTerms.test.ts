import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { lang003ProfessionalTerms } from "./lang003ProfessionalTerms.js";

describe("lang003ProfessionalTerms (LANG-003)", () => {
  it("is a document rule for LANG-003", () => {
    expect(lang003ProfessionalTerms.ids).toContain("LANG-003");
  });
  it("flags", () => {
    expect(
      lintText("The contingency plan was thin.".replace(/\\n/g, "\n"), {
        scope: "review.summary",
        glossary: [],
      }).filter((f) => f.rule === "LANG-003").length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("The contingency plan, which sets out what to do if risk rises, was thin.", {
        scope: "review.summary",
        glossary: [],
      }).filter((f) => f.rule === "LANG-003"),
    ).toEqual([]);
  });
});
