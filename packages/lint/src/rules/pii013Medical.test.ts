import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii013Medical } from "./pii013Medical.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii013Medical (PII-013)", () => {
  it.each(["He was diagnosed with schizophrenia in 2019."])("flags %s", (text) => {
    const found = runBlockRule(pii013Medical, text, "review.background", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["He was diagnosed with schizophrenia in 2019.", "diagnosed with"]])(
    "marks the span in %s",
    (text, span) => {
      const found = runBlockRule(pii013Medical, text, "review.background", context);
      expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
    },
  );
  it.each([
    "He had a history of mental ill health that was relevant to risk.",
    // heldout945: a clinic named in lower case or not at all
    "The clinic letter was sent to the AP and filed.",
    "Nobody checked whether the church knew about the memory clinic referral.",
    "Fracture clinic, level 2, Middleham General.",
    "Monday clinic starts at 08:00; reception opens at 07:45.",
    "Speech and language service, Elburton Clinic, Church Road, Plymouth.",
  ])("passes %s", (text) => {
    expect(runBlockRule(pii013Medical, text, "review.background", context).filter((f) => f.rule === "PII-013")).toEqual(
      [],
    );
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "He was diagnosed with schizophrenia in 2019.";
    expect(
      runBlockRule(pii013Medical, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});

describe("pii013Medical: a clinic by its name (heldout945)", () => {
  it("marks a named clinic", () => {
    const text = "He was referred to the Sexual Health Clinic in March.";
    const found = runBlockRule(pii013Medical, text, "review.background", context).filter((f) => f.rule === "PII-013");
    expect(found.map((f) => text.slice(f.from, f.to))).toEqual(["Clinic"]);
  });
});
