import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { tone006StaffPronouns } from "./tone006StaffPronouns.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("tone006StaffPronouns (TONE-006)", () => {
  it.each(["PP1 said she had raised her workload with SPO2."])("flags %s", (text) => {
    const found = runBlockRule(tone006StaffPronouns, text, "review.analysis.judgement", context).filter((f) =>
      f.rule.startsWith("TONE"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["PP1 said she had raised her workload with SPO2.", "she"]])("marks the span in %s", (text, span) => {
    const found = runBlockRule(tone006StaffPronouns, text, "review.analysis.judgement", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["PP1 said they had raised their workload with SPO2.", "SPO2 said he had reviewed the plan."])(
    "passes %s",
    (text) => {
      expect(
        runBlockRule(tone006StaffPronouns, text, "review.analysis.judgement", context).filter(
          (f) => f.rule === "TONE-006",
        ),
      ).toEqual([]);
    },
  );
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "PP1 said she had raised her workload with SPO2.";
    expect(
      runBlockRule(tone006StaffPronouns, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
