import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { lang007PersonTerms } from "./lang007PersonTerms.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("lang007PersonTerms (LANG-007)", () => {
  it.each(["He was viewed as a 'medium risk acquisitive offender'.", "The client did not attend."])(
    "flags %s",
    (text) => {
      const found = runBlockRule(lang007PersonTerms, text, "review.analysis.events", context).filter((f) =>
        f.rule.startsWith("LANG"),
      );
      expect(found.length).toBeGreaterThan(0);
    },
  );
  it.each([["The client did not attend.", "client"]])("marks the span in %s", (text, span) => {
    const found = runBlockRule(lang007PersonTerms, text, "review.analysis.events", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each([
    "The supervised individual did not attend.",
    "He was referred to an offender personality disorder service.",
  ])("passes %s", (text) => {
    expect(
      runBlockRule(lang007PersonTerms, text, "review.analysis.events", context).filter((f) => f.rule === "LANG-007"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "He was viewed as a 'medium risk acquisitive offender'.";
    expect(
      runBlockRule(lang007PersonTerms, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
