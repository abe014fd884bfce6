import { describe, expect, it } from "vitest";
import { runLearningRowRule } from "./learningRowFixture.js";
import { apl001ObjectiveLabel } from "./apl001ObjectiveLabel.js";

const context = { register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] };

describe("apl001ObjectiveLabel (APL-001)", () => {
  it("flags the F-06 example", () => {
    const found = runLearningRowRule(apl001ObjectiveLabel, "APL-001", { objective: "PP1's RMPs and SPs" }, context);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.field).toBeTruthy();
  });
  it("passes the example row", () => {
    expect(runLearningRowRule(apl001ObjectiveLabel, "APL-001", {}, context)).toEqual([]);
  });
});
