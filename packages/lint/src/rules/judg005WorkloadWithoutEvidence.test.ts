import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { judg005WorkloadWithoutEvidence } from "./judg005WorkloadWithoutEvidence.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("judg005WorkloadWithoutEvidence (JUDG-005)", () => {
  it.each(["PP1 was very busy at the time and this explains the late assessment."])("flags %s", (text) => {
    const found = runBlockRule(judg005WorkloadWithoutEvidence, text, "review.analysis.judgement", context).filter((f) =>
      f.rule.startsWith("JUDG"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["PP1 was very busy at the time and this explains the late assessment.", "busy"]])(
    "marks the span in %s",
    (text, span) => {
      const found = runBlockRule(judg005WorkloadWithoutEvidence, text, "review.analysis.judgement", context);
      expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
    },
  );
  it.each(["PP1's workload was 140% on the workload management tool (WMT) in March (WMT report)."])(
    "passes %s",
    (text) => {
      expect(
        runBlockRule(judg005WorkloadWithoutEvidence, text, "review.analysis.judgement", context).filter(
          (f) => f.rule === "JUDG-005",
        ),
      ).toEqual([]);
    },
  );
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "PP1 was very busy at the time and this explains the late assessment.";
    expect(
      runBlockRule(judg005WorkloadWithoutEvidence, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
