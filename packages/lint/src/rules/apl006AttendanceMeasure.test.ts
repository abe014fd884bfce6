import { describe, expect, it } from "vitest";
import { runLearningRowRule } from "./learningRowFixture.js";
import { apl006AttendanceMeasure } from "./apl006AttendanceMeasure.js";

const context = { register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] };

describe("apl006AttendanceMeasure (APL-006)", () => {
  it("flags the F-06 example", () => {
    const found = runLearningRowRule(
      apl006AttendanceMeasure,
      "APL-006",
      { measure: "PP1 to attend RoSH refresher training" },
      context,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.field).toBeTruthy();
  });
  it("passes the example row", () => {
    expect(runLearningRowRule(apl006AttendanceMeasure, "APL-006", {}, context)).toEqual([]);
  });
});
