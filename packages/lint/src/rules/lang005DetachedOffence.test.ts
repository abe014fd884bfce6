import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { lang005DetachedOffence } from "./lang005DetachedOffence.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("lang005DetachedOffence (LANG-005)", () => {
  it.each(["Prior to the commission of the offence, PP1 had not visited the address."])("flags %s", (text) => {
    const found = runBlockRule(lang005DetachedOffence, text, "review.summary", context).filter((f) =>
      f.rule.startsWith("LANG"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["Prior to the commission of the offence, PP1 had not visited the address.", "the commission of the offence"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(lang005DetachedOffence, text, "review.summary", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["In the weeks before Mr B attacked Ms C, PP1 had not visited the address."])("passes %s", (text) => {
    expect(
      runBlockRule(lang005DetachedOffence, text, "review.summary", context).filter((f) => f.rule === "LANG-005"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Prior to the commission of the offence, PP1 had not visited the address.";
    expect(
      runBlockRule(lang005DetachedOffence, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
