import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { hind001Hindsight } from "./hind001Hindsight.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("hind001Hindsight (HIND-001)", () => {
  it.each(["With hindsight, it is obvious that PP1 should have known the partner was at risk."])("flags %s", (text) => {
    const found = runBlockRule(hind001Hindsight, text, "review.analysis.judgement", context).filter((f) =>
      f.rule.startsWith("HIND"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["With hindsight, it is obvious that PP1 should have known the partner was at risk.", "With hindsight"]])(
    "marks the span in %s",
    (text, span) => {
      const found = runBlockRule(hind001Hindsight, text, "review.analysis.judgement", context);
      expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
    },
  );
  it.each(["At the time, PP1 had the police call-out information from March."])("passes %s", (text) => {
    expect(
      runBlockRule(hind001Hindsight, text, "review.analysis.judgement", context).filter((f) => f.rule === "HIND-001"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "With hindsight, it is obvious that PP1 should have known the partner was at risk.";
    expect(
      runBlockRule(hind001Hindsight, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
