import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { risk001UnqualifiedRisk } from "./risk001UnqualifiedRisk.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("risk001UnqualifiedRisk (RISK-001)", () => {
  it.each([
    "Mr Mills was assessed as a high risk case.",
    "His risk increased after his relationship with A ended.",
    "delivery is proportionately focused on medium risk cases",
    "the risk to victim 1 should have been increased to very high",
    "PP1 did not review the risk after the arrest.",
  ])("flags %s", (text) => {
    const found = runBlockRule(risk001UnqualifiedRisk, text, "review.risk", context).filter((f) =>
      f.rule.startsWith("RISK"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["Mr Mills was assessed as a high risk case.", "high risk"],
    ["His risk increased after his relationship with A ended.", "His risk increased"],
    ["delivery is proportionately focused on medium risk cases", "medium risk"],
    ["PP1 did not review the risk after the arrest.", "review the risk"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(risk001UnqualifiedRisk, text, "review.risk", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each([
    "PP1 assessed Mr Mills as posing a high risk of serious harm to known adults.",
    "The risk management plan covered who is at risk.",
    "There was a lack of consideration given to all areas of known risk and key risk areas.",
  ])("passes %s", (text) => {
    expect(
      runBlockRule(risk001UnqualifiedRisk, text, "review.risk", context).filter((f) => f.rule === "RISK-001"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Mr Mills was assessed as a high risk case.";
    expect(
      runBlockRule(risk001UnqualifiedRisk, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
