import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii020SpecialistReport } from "./pii020SpecialistReport.js";

const run = (text: string, scope = "review.background", context = {}) =>
  runBlockRule(pii020SpecialistReport, text, scope, context).filter((f) => f.rule === "PII-020");
const spans = (text: string) => run(text).map((f) => text.slice(f.from, f.to));

describe("pii020SpecialistReport (PII-020)", () => {
  it.each([
    "The psychology report completed in 2022 concluded that Mr K's risk increased when he felt rejected.",
    "According to the psychiatric report, he has poor impulse control.",
    'The psychologist described him as "controlling and quick to anger in relationships".',
    "PP1 consulted the forensic psychologist, who recommended a referral to the pathway.",
  ])("flags %s", (text) => {
    const found = run(text);
    expect(found.map((f) => text.slice(f.from, f.to))).toEqual([text]);
    expect(found[0]!.severity).toBe("info");
  });

  it("flags a following sentence that goes on with the report's content", () => {
    const text = "A psychological assessment was completed in custody. It noted that he minimised his offending.";
    expect(spans(text)).toEqual(["It noted that he minimised his offending."]);
  });

  it.each([
    "A psychology report was completed in 2022.",
    "PP1 did not read the psychological assessment before the licence began.",
    "The psychologist's report was available. He attended all appointments.",
    "Psychologist reports prepared by HMPPS staff are not third party information.",
    "e.g. PD formulation, extremism risk screening tool (ERS), SARA, RM2000, ARMS",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });

  it("is exempt in the not-for-disclosure column and a warning when shareable", () => {
    const text = "According to the psychiatric report, he has poor impulse control.";
    expect(run(text, "review.analysis.nfd")).toEqual([]);
    expect(run(text, "review.background", { shareable: true })[0]!.severity).toBe("warning");
  });
});
