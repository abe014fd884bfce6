import { describe, expect, it } from "vitest";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { runGoodPracticeRule } from "./goodPracticeRowFixture.js";
import { apg007DateVague } from "./apg007DateVague.js";

const run = (row: Partial<GoodPracticeRowFields>) => runGoodPracticeRule(apg007DateVague, "APG-007", row);

describe("apg007DateVague (APG-007)", () => {
  it("flags an empty date", () => {
    const found = run({ date: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("flags ASAP", () => {
    const found = run({ date: "ASAP" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes dated statements", () => {
    expect(run({})).toEqual([]);
  });
  it("passes a structured date", () => {
    expect(run({ date: "", actionDate: "2025-11-30" })).toEqual([]);
  });
});
