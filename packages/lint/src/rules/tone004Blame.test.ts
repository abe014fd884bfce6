import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { tone004Blame } from "./tone004Blame.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("tone004Blame (TONE-004)", () => {
  it.each(["PP1 is ultimately to blame for what happened to Ms B."])("flags %s", (text) => {
    const found = runBlockRule(tone004Blame, text, "review.analysis.judgement", context).filter((f) =>
      f.rule.startsWith("TONE"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["PP1 is ultimately to blame for what happened to Ms B.", "ultimately to blame"]])(
    "marks the span in %s",
    (text, span) => {
      const found = runBlockRule(tone004Blame, text, "review.analysis.judgement", context);
      expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
    },
  );
  it.each(["PP1's assessment did not identify the risk of serious harm to the new partner."])("passes %s", (text) => {
    expect(
      runBlockRule(tone004Blame, text, "review.analysis.judgement", context).filter((f) => f.rule === "TONE-004"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "PP1 is ultimately to blame for what happened to Ms B.";
    expect(
      runBlockRule(tone004Blame, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
