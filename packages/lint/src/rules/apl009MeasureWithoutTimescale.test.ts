import { describe, expect, it } from "vitest";
import type { LearningRowFields } from "../plan/LearningRowFields.js";
import { apl009MeasureWithoutTimescale } from "./apl009MeasureWithoutTimescale.js";
import { runLearningRowRule } from "./learningRowFixture.js";

const run = (row: Partial<LearningRowFields>) => runLearningRowRule(apl009MeasureWithoutTimescale, "APL-009", row);

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
