import { describe, expect, it } from "vitest";
import type { LearningRowFields } from "../plan/LearningRowFields.js";
import { apl018OtherRegionOrPrison } from "./apl018OtherRegionOrPrison.js";
import { runLearningRowRule, mixedStaffContext } from "./learningRowFixture.js";

const run = (row: Partial<LearningRowFields>) =>
  runLearningRowRule(apl018OtherRegionOrPrison, "APL-018", row, mixedStaffContext);

describe("apl018OtherRegionOrPrison (APL-018)", () => {
  it("flags an owner from another region", () => {
    const found = run({ owner: "PP1 / SPO7" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("flags a prison offender manager", () => {
    const found = run({ owner: "PP1 / POM1" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes owners in the region", () => {
    expect(run({})).toEqual([]);
  });
  it("passes an agreement recorded", () => {
    expect(run({ owner: "PP1 / SPO7", date: "Agreed with SPO7 on 01/10/2025; audit by 31/01/2026" })).toEqual([]);
  });
});
