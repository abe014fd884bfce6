import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { LearningRowFields } from "../plan/LearningRowFields.js";
import { apl009MeasureWithoutTimescale } from "./apl009MeasureWithoutTimescale.js";

const base: LearningRowFields = {
  objective:
    "PP1 to evidence effective practice in domestic abuse cases, including requesting police DA checks at the start of supervision and when a new relationship is disclosed",
  whoFor: "Individual",
  action:
    "SPO2 to hold a reflective discussion with PP1 about the findings of the review and the DA policy. QDO to deliver two 1:1 sessions with PP1 on analysing DA information in assessments.",
  measure:
    "On completion of the actions, SPO2 to audit six of PP1's DA cases by 31/01/2026 to ensure that DA checks were requested.",
  owner: "PP1 / SPO2 / QDO / PDU1",
  date: "Reflective discussion by 15/10/2025; QDO sessions by 31/10/2025; audit by 31/01/2026",
};
const ctx = compileContext({}).forScope("ap.lp.row");
const run = (row: Partial<LearningRowFields>) =>
  apl009MeasureWithoutTimescale.run({ ...base, ...row }, ctx).filter((f) => f.rule === "APL-009");

describe("apl009MeasureWithoutTimescale (APL-009)", () => {
  it("flags F-06 row 3: a measure with no date", () => {
    const found = run({
      measure: "PDU1 to review SPO2's countersigning in supervision",
      date: "by 30/09/2025",
      actionDate: null,
      measureDate: null,
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes a dated audit", () => {
    expect(run({})).toEqual([]);
  });
  it("passes a measurement date in the date cell", () => {
    expect(run({ measure: "SPO2 to audit six cases", date: "", measureDate: "2026-01-31" })).toEqual([]);
  });
});
