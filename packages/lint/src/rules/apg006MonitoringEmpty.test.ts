import { describe, expect, it } from "vitest";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { runGoodPracticeRule } from "./goodPracticeRowFixture.js";
import { apg006MonitoringEmpty } from "./apg006MonitoringEmpty.js";

const run = (row: Partial<GoodPracticeRowFields>) => runGoodPracticeRule(apg006MonitoringEmpty, "APG-006", row);

describe("apg006MonitoringEmpty (APG-006)", () => {
  it("flags N/A", () => {
    const found = run({ monitoring: "N/A" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("flags empty", () => {
    const found = run({ monitoring: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("passes a supervision discussion", () => {
    expect(run({})).toEqual([]);
  });
});
