import { describe, expect, it } from "vitest";
import { runLearningRowRule } from "./learningRowFixture.js";
import { apl007AuditWithoutNumber } from "./apl007AuditWithoutNumber.js";

const context = { register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] };

describe("apl007AuditWithoutNumber (APL-007)", () => {
  it("flags the F-06 example", () => {
    const found = runLearningRowRule(
      apl007AuditWithoutNumber,
      "APL-007",
      { measure: "SPO2 to dip sample cases to ensure DA checks are made" },
      context,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.field).toBeTruthy();
  });
  it("passes the example row", () => {
    expect(runLearningRowRule(apl007AuditWithoutNumber, "APL-007", {}, context)).toEqual([]);
  });
});
