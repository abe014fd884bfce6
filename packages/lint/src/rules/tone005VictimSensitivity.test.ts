import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { tone005VictimSensitivity } from "./tone005VictimSensitivity.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("tone005VictimSensitivity (TONE-005)", () => {
  it.each(["The deceased had called police."])("flags %s", (text) => {
    const found = runBlockRule(tone005VictimSensitivity, text, "review.background", context).filter((f) =>
      f.rule.startsWith("TONE"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["The deceased had called police.", "The deceased"]])("marks the span in %s", (text, span) => {
    const found = runBlockRule(tone005VictimSensitivity, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["Ms B had called police."])("passes %s", (text) => {
    expect(
      runBlockRule(tone005VictimSensitivity, text, "review.background", context).filter((f) => f.rule === "TONE-005"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "The deceased had called police.";
    expect(
      runBlockRule(tone005VictimSensitivity, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
