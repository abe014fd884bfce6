import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { judg001HedgedJudgement } from "./judg001HedgedJudgement.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("judg001HedgedJudgement (JUDG-001)", () => {
  it.each(["It could be argued that the RMP was perhaps insufficient."])("flags %s", (text) => {
    const found = runBlockRule(judg001HedgedJudgement, text, "review.analysis.judgement", context).filter((f) =>
      f.rule.startsWith("JUDG"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["It could be argued that the RMP was perhaps insufficient.", "It could be argued"]])(
    "marks the span in %s",
    (text, span) => {
      const found = runBlockRule(judg001HedgedJudgement, text, "review.analysis.judgement", context);
      expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
    },
  );
  it.each(["PP1's risk assessment was insufficient because it did not use the police information."])(
    "passes %s",
    (text) => {
      expect(
        runBlockRule(judg001HedgedJudgement, text, "review.analysis.judgement", context).filter(
          (f) => f.rule === "JUDG-001",
        ),
      ).toEqual([]);
    },
  );
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "It could be argued that the RMP was perhaps insufficient.";
    expect(
      runBlockRule(judg001HedgedJudgement, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
