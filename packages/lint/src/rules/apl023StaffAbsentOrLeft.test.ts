import { describe, expect, it } from "vitest";
import type { LearningRowFields } from "../plan/LearningRowFields.js";
import { apl023StaffAbsentOrLeft } from "./apl023StaffAbsentOrLeft.js";
import { runLearningRowRule, mixedStaffContext } from "./learningRowFixture.js";

const run = (row: Partial<LearningRowFields>) =>
  runLearningRowRule(apl023StaffAbsentOrLeft, "APL-023", row, mixedStaffContext);

describe("apl023StaffAbsentOrLeft (APL-023)", () => {
  it("flags an absent owner with no return provision", () => {
    const found = run({ owner: "PP3 / SPO2" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("flags a sole owner who has left", () => {
    const found = run({ owner: "PP4" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("passes owners in post", () => {
    expect(run({})).toEqual([]);
  });
  it("passes an on-return provision", () => {
    expect(
      run({ owner: "PP3 / SPO2", action: "SPO2 to hold a reflective discussion with PP3 on their return from leave." }),
    ).toEqual([]);
  });
});
