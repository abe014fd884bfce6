import { describe, expect, it } from "vitest";
import { runUpdateRule } from "./updateRowFixture.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";
import { upd004NoChangeWithoutActivity } from "./upd004NoChangeWithoutActivity.js";

const run = (row: Partial<UpdateRowFields>) => runUpdateRule(upd004NoChangeWithoutActivity, "UPD-004", row);

describe("upd004NoChangeWithoutActivity (UPD-004)", () => {
  it("flags no improvement and no next steps", () => {
    const found = run({ measurement: "Audit of six cases: no improvement in DA checks (2/6).", impact: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes no improvement with further activity", () => {
    expect(
      run({
        measurement: "Audit of six cases: no improvement in DA checks (2/6).",
        nextSteps: "QDO to deliver two further 1:1 sessions by 31/03/2026.",
      }),
    ).toEqual([]);
  });
  it("passes improvement", () => {
    expect(run({})).toEqual([]);
  });
});
