import { describe, expect, it } from "vitest";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { runGoodPracticeRule } from "./goodPracticeRowFixture.js";
import { apg003FeedbackOnly } from "./apg003FeedbackOnly.js";

const run = (row: Partial<GoodPracticeRowFields>) => runGoodPracticeRule(apg003FeedbackOnly, "APG-003", row);

describe("apg003FeedbackOnly (APG-003)", () => {
  it("flags feedback to the practitioner only", () => {
    const found = run({ action: "Feedback to be given to PP3" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("flags thanks only", () => {
    const found = run({ action: "PP3 to be thanked by SPO3" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes a team briefing", () => {
    expect(run({})).toEqual([]);
  });
});
