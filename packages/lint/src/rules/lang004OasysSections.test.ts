import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { lang004OasysSections } from "./lang004OasysSections.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("lang004OasysSections (LANG-004)", () => {
  it.each([
    "In section 10.6 of OASys PP1 scored the emotional wellbeing question as 0.",
    "OASys R6.2 was not completed.",
  ])("flags %s", (text) => {
    const found = runBlockRule(lang004OasysSections, text, "review.analysis.events", context).filter((f) =>
      f.rule.startsWith("LANG"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["In section 10.6 of OASys PP1 scored the emotional wellbeing question as 0.", "section 10.6 of OASys"],
    ["OASys R6.2 was not completed.", "OASys R6.2"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(lang004OasysSections, text, "review.analysis.events", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["PP1's assessment did not consider PP1's knowledge of the supervised individual's mental health."])(
    "passes %s",
    (text) => {
      expect(
        runBlockRule(lang004OasysSections, text, "review.analysis.events", context).filter(
          (f) => f.rule === "LANG-004",
        ),
      ).toEqual([]);
    },
  );
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "In section 10.6 of OASys PP1 scored the emotional wellbeing question as 0.";
    expect(
      runBlockRule(lang004OasysSections, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
