import { describe, expect, it } from "vitest";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { runGoodPracticeRule } from "./goodPracticeRowFixture.js";
import { apg002SharedWith } from "./apg002SharedWith.js";

const run = (row: Partial<GoodPracticeRowFields>) => runGoodPracticeRule(apg002SharedWith, "APG-002", row);

describe("apg002SharedWith (APG-002)", () => {
  it("flags an empty level", () => {
    const found = run({ sharedWith: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("flags National without agreement", () => {
    const found = run({ sharedWith: "National" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes Team", () => {
    expect(run({})).toEqual([]);
  });
  it("passes National agreed with the policy owner", () => {
    expect(
      run({ sharedWith: "National", date: "Agreed with the policy owner on 01/10/2025; briefing by 30/11/2025" }),
    ).toEqual([]);
  });
});
