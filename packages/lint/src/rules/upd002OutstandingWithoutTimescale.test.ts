import { describe, expect, it } from "vitest";
import { runUpdateRule } from "./updateRowFixture.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";
import { upd002OutstandingWithoutTimescale } from "./upd002OutstandingWithoutTimescale.js";

const run = (row: Partial<UpdateRowFields>) => runUpdateRule(upd002OutstandingWithoutTimescale, "UPD-002", row);

describe("upd002OutstandingWithoutTimescale (UPD-002)", () => {
  it("flags the F-08 bare outstanding", () => {
    const found = run({ progress: "Outstanding.", measurement: "", impact: "", status: "Outstanding" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("passes the F-08 LP5 reason and date", () => {
    expect(
      run({
        progress:
          "Outstanding: SPO6 on leave Nov–Dec; induction module now due 31/01/2026 (revised); audit moved to 30/04/2026.",
        measurement: "",
        impact: "",
        status: "Outstanding",
      }),
    ).toEqual([]);
  });
  it("passes a complete row", () => {
    expect(run({})).toEqual([]);
  });
});
