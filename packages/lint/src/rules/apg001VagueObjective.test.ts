import { describe, expect, it } from "vitest";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { runGoodPracticeRule } from "./goodPracticeRowFixture.js";
import { apg001VagueObjective } from "./apg001VagueObjective.js";

const run = (row: Partial<GoodPracticeRowFields>) => runGoodPracticeRule(apg001VagueObjective, "APG-001", row);

describe("apg001VagueObjective (APG-001)", () => {
  it("flags the F-07 vague objective", () => {
    const found = run({ objective: "To share practice to improve the management of transitions cases" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes the F-07 passing row", () => {
    expect(run({})).toEqual([]);
  });
});
