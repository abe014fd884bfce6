import { describe, expect, it } from "vitest";
import { runLearningRowRule } from "./learningRowFixture.js";
import { apl004MonitoringOnlyAction } from "./apl004MonitoringOnlyAction.js";

const context = { register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] };

describe("apl004MonitoringOnlyAction (APL-004)", () => {
  it("flags the F-06 example", () => {
    const found = runLearningRowRule(
      apl004MonitoringOnlyAction,
      "APL-004",
      { action: "SPO2 to QA the next five OASys assessments completed by PP1" },
      context,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.field).toBeTruthy();
  });
  it("passes the example row", () => {
    expect(runLearningRowRule(apl004MonitoringOnlyAction, "APL-004", {}, context)).toEqual([]);
  });
});
