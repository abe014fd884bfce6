import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { lang009FixedTermTypos } from "./lang009FixedTermTypos.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("lang009FixedTermTypos (LANG-009)", () => {
  it.each(["The Public Probation Director will lead."])("flags %s", (text) => {
    const found = runBlockRule(lang009FixedTermTypos, text, "resp.response", context).filter((f) =>
      f.rule.startsWith("LANG"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["The Public Probation Director will lead.", "Public Probation Director"]])(
    "marks the span in %s",
    (text, span) => {
      const found = runBlockRule(lang009FixedTermTypos, text, "resp.response", context);
      expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
    },
  );
  it.each(["The Public Protection Director will lead."])("passes %s", (text) => {
    expect(
      runBlockRule(lang009FixedTermTypos, text, "resp.response", context).filter((f) => f.rule === "LANG-009"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "The Public Probation Director will lead.";
    expect(
      runBlockRule(lang009FixedTermTypos, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
