import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { lang002SentenceLength } from "./lang002SentenceLength.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("lang002SentenceLength (LANG-002)", () => {
  it.each([
    "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word.",
  ])("flags %s", (text) => {
    const found = runBlockRule(lang002SentenceLength, text, "review.summary", context).filter((f) =>
      f.rule.startsWith("LANG"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each(["A short sentence."])("passes %s", (text) => {
    expect(
      runBlockRule(lang002SentenceLength, text, "review.summary", context).filter((f) => f.rule === "LANG-002"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text =
      "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word.";
    expect(
      runBlockRule(lang002SentenceLength, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
