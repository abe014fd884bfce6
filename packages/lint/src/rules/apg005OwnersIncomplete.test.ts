import { describe, expect, it } from "vitest";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { runGoodPracticeRule } from "./goodPracticeRowFixture.js";
import { apg005OwnersIncomplete } from "./apg005OwnersIncomplete.js";

const run = (row: Partial<GoodPracticeRowFields>) => runGoodPracticeRule(apg005OwnersIncomplete, "APG-005", row);

describe("apg005OwnersIncomplete (APG-005)", () => {
  it("flags a single owner", () => {
    const found = run({ owner: "SPO3" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes a sharer and a monitor", () => {
    expect(run({})).toEqual([]);
  });
});
