import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { hind002Counterfactual } from "./hind002Counterfactual.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("hind002Counterfactual (HIND-002)", () => {
  it.each([
    "The appalling supervision by SPO2 led to the SFO.",
    "The SFO could have been prevented had the checks been made.",
  ])("flags %s", (text) => {
    const found = runBlockRule(hind002Counterfactual, text, "review.analysis.judgement", context).filter((f) =>
      f.rule.startsWith("HIND"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["The appalling supervision by SPO2 led to the SFO.", "led to the SFO"],
    ["The SFO could have been prevented had the checks been made.", "could have been prevented"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(hind002Counterfactual, text, "review.analysis.judgement", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each([
    "Had he been correctly assessed as high risk of serious harm, the planning for release could have been significantly different and potentially more urgent.",
  ])("passes %s", (text) => {
    expect(
      runBlockRule(hind002Counterfactual, text, "review.analysis.judgement", context).filter(
        (f) => f.rule === "HIND-002",
      ),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "The appalling supervision by SPO2 led to the SFO.";
    expect(
      runBlockRule(hind002Counterfactual, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
