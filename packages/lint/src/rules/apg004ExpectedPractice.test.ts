import { describe, expect, it } from "vitest";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { runGoodPracticeRule } from "./goodPracticeRowFixture.js";
import { apg004ExpectedPractice } from "./apg004ExpectedPractice.js";

const run = (row: Partial<GoodPracticeRowFields>) => runGoodPracticeRule(apg004ExpectedPractice, "APG-004", row);

describe("apg004ExpectedPractice (APG-004)", () => {
  it("flags the F-07 expected practice", () => {
    const found = run({
      objective: "PP2 completed the OASys review within timescales in line with policy",
      action: "SPO1 to mention at team meeting",
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes practice beyond expectations", () => {
    expect(run({})).toEqual([]);
  });
});
