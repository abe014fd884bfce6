import { describe, expect, it } from "vitest";
import { runUpdateRule } from "./updateRowFixture.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";
import { upd003CompletionWithoutImpact } from "./upd003CompletionWithoutImpact.js";

const run = (row: Partial<UpdateRowFields>) => runUpdateRule(upd003CompletionWithoutImpact, "UPD-003", row);

describe("upd003CompletionWithoutImpact (UPD-003)", () => {
  it("flags the F-08 bare completion", () => {
    const found = run({ progress: "Completed.", measurement: "", impact: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("flags training attended", () => {
    const found = run({ progress: "Training attended", measurement: "", impact: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes the F-08 LP1 update", () => {
    expect(run({})).toEqual([]);
  });
});
