import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { piiPersonNames } from "./piiPersonNames.js";

const register = [
  { name: "Sarah Jenkins", identifier: "PP1", role: "staff", pronouns: "unconfirmed", identifiableByGender: true },
  { name: "Tom Reid", identifier: "SPO2", role: "staff", pronouns: "he/him" },
  { name: "Kelly Brown", identifier: "Ms B", role: "SFO victim" },
  { name: "Darren Mills", identifier: "Mr K", role: "supervised individual" },
];
const context = { register };

describe("piiPersonNames (PII-001)", () => {
  it.each(["Sarah Jenkins did not complete the DA checks.", "Jenkins's notes were brief.", "SJ did not record it."])(
    "flags %s",
    (text) => {
      const found = runBlockRule(piiPersonNames, text, "review.analysis.events", context).filter((f) =>
        f.rule.startsWith("PII-"),
      );
      expect(found.length).toBeGreaterThan(0);
    },
  );
  it.each([
    ["Sarah Jenkins did not complete the DA checks.", "Sarah Jenkins"],
    ["Jenkins's notes were brief.", "Jenkins"],
    ["SJ did not record it.", "SJ"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(piiPersonNames, text, "review.analysis.events", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["PP1 did not complete the domestic abuse (DA) checks.", "Darren Mills attended."])("passes %s", (text) => {
    expect(
      runBlockRule(piiPersonNames, text, "review.analysis.events", context).filter((f) => f.rule === "PII-001"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Sarah Jenkins did not complete the DA checks.";
    expect(
      runBlockRule(piiPersonNames, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
