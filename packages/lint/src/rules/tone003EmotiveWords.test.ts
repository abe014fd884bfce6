import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { tone003EmotiveWords } from "./tone003EmotiveWords.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("tone003EmotiveWords (TONE-003)", () => {
  it.each(["The appalling supervision continued."])("flags %s", (text) => {
    const found = runBlockRule(tone003EmotiveWords, text, "review.summary", context).filter((f) =>
      f.rule.startsWith("TONE"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["The appalling supervision continued.", "appalling"]])("marks the span in %s", (text, span) => {
    const found = runBlockRule(tone003EmotiveWords, text, "review.summary", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["Supervision did not meet expected standards."])("passes %s", (text) => {
    expect(
      runBlockRule(tone003EmotiveWords, text, "review.summary", context).filter((f) => f.rule === "TONE-003"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "The appalling supervision continued.";
    expect(
      runBlockRule(tone003EmotiveWords, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
