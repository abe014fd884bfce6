import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { risk002RoshLevelWords } from "./risk002RoshLevelWords.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("risk002RoshLevelWords (RISK-002)", () => {
  it.each(["He posed a moderate risk of serious harm."])("flags %s", (text) => {
    const found = runBlockRule(risk002RoshLevelWords, text, "review.risk", context).filter((f) =>
      f.rule.startsWith("RISK"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["He posed a moderate risk of serious harm.", "moderate risk of serious harm"]])(
    "marks the span in %s",
    (text, span) => {
      const found = runBlockRule(risk002RoshLevelWords, text, "review.risk", context);
      expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
    },
  );
  it.each(["He posed a medium risk of serious harm."])("passes %s", (text) => {
    expect(
      runBlockRule(risk002RoshLevelWords, text, "review.risk", context).filter((f) => f.rule === "RISK-002"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "He posed a moderate risk of serious harm.";
    expect(
      runBlockRule(risk002RoshLevelWords, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
