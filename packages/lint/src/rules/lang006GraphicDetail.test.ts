import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { lang006GraphicDetail } from "./lang006GraphicDetail.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("lang006GraphicDetail (LANG-006)", () => {
  it.each(["It was a frenzied attack."])("flags %s", (text) => {
    const found = runBlockRule(lang006GraphicDetail, text, "review.background", context).filter((f) =>
      f.rule.startsWith("LANG"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["It was a frenzied attack.", "frenzied"]])("marks the span in %s", (text, span) => {
    const found = runBlockRule(lang006GraphicDetail, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["Mr K assaulted Ms B at her home."])("passes %s", (text) => {
    expect(
      runBlockRule(lang006GraphicDetail, text, "review.background", context).filter((f) => f.rule === "LANG-006"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "It was a frenzied attack.";
    expect(
      runBlockRule(lang006GraphicDetail, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
