import { describe, expect, it } from "vitest";
import { runLearningRowRule } from "./learningRowFixture.js";
import { apl005MeasureMissing } from "./apl005MeasureMissing.js";

const context = { register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] };

describe("apl005MeasureMissing (APL-005)", () => {
  it("flags the F-06 example", () => {
    const found = runLearningRowRule(apl005MeasureMissing, "APL-005", { measure: "N/A" }, context);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.field).toBeTruthy();
  });
  it("passes the example row", () => {
    expect(runLearningRowRule(apl005MeasureMissing, "APL-005", {}, context)).toEqual([]);
  });
});
