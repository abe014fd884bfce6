import { describe, expect, it } from "vitest";
import { runLearningRowRule } from "./learningRowFixture.js";
import { apl003NonDevelopmentalAction } from "./apl003NonDevelopmentalAction.js";

const context = { register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] };

describe("apl003NonDevelopmentalAction (APL-003)", () => {
  it("flags the F-06 example", () => {
    const found = runLearningRowRule(
      apl003NonDevelopmentalAction,
      "APL-003",
      { action: "PP1 to follow the enforcement policy" },
      context,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.field).toBeTruthy();
  });
  it("passes the example row", () => {
    expect(runLearningRowRule(apl003NonDevelopmentalAction, "APL-003", {}, context)).toEqual([]);
  });
});
