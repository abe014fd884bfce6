import { describe, expect, it } from "vitest";
import { runLearningRowRule } from "./learningRowFixture.js";
import { apl008AuditWithoutFocus } from "./apl008AuditWithoutFocus.js";

const context = { register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] };

describe("apl008AuditWithoutFocus (APL-008)", () => {
  it("flags the F-06 example", () => {
    const found = runLearningRowRule(
      apl008AuditWithoutFocus,
      "APL-008",
      { measure: "SPO2 to audit six cases. If gaps remain, further 1:1 sessions." },
      context,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.field).toBeTruthy();
  });
  it("passes the example row", () => {
    expect(runLearningRowRule(apl008AuditWithoutFocus, "APL-008", {}, context)).toEqual([]);
  });
});
