import { describe, expect, it } from "vitest";
import { runLearningRowRule } from "./learningRowFixture.js";
import { apl002WhoFor } from "./apl002WhoFor.js";

const context = { register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] };

describe("apl002WhoFor (APL-002)", () => {
  it("flags the F-06 example", () => {
    const found = runLearningRowRule(apl002WhoFor, "APL-002", { whoFor: "PP1" }, context);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.field).toBeTruthy();
  });
  it("passes the example row", () => {
    expect(runLearningRowRule(apl002WhoFor, "APL-002", {}, context)).toEqual([]);
  });
});
