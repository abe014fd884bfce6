import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { tone001FailedTo } from "./tone001FailedTo.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("tone001FailedTo (TONE-001)", () => {
  it.each(["PP1 failed to complete the checks.", "There was a failure to act on a pre-release assessment"])(
    "flags %s",
    (text) => {
      const found = runBlockRule(tone001FailedTo, text, "review.analysis.events", context).filter((f) =>
        f.rule.startsWith("TONE"),
      );
      expect(found.length).toBeGreaterThan(0);
    },
  );
  it.each([
    ["PP1 failed to complete the checks.", "failed to"],
    ["There was a failure to act on a pre-release assessment", "failure to"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(tone001FailedTo, text, "review.analysis.events", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["PP1 did not complete the checks."])("passes %s", (text) => {
    expect(
      runBlockRule(tone001FailedTo, text, "review.analysis.events", context).filter((f) => f.rule === "TONE-001"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "PP1 failed to complete the checks.";
    expect(
      runBlockRule(tone001FailedTo, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
