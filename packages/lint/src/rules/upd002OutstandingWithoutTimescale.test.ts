import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";
import { upd002OutstandingWithoutTimescale } from "./upd002OutstandingWithoutTimescale.js";

const base: UpdateRowFields = {
  planRowId: "lp1",
  progress: "SPO2 held a reflective discussion with PP1 on 10/10/2025; QDO delivered two 1:1 sessions (17/10, 29/10).",
  measurement:
    "Audit of six DA cases on 28/01/2026: DA checks requested in 6/6, analysed in the assessment in 5/6; the remaining case was discussed with PP1 and corrected.",
  impact: "Impact: PP1 now requests checks routinely; SPO2 will re-check two new cases in March.",
  nextSteps: "",
  status: "Complete",
  revisedDate: null,
};
const ctx = compileContext({}).forScope("update");
const run = (row: Partial<UpdateRowFields>) =>
  upd002OutstandingWithoutTimescale.run({ ...base, ...row }, ctx).filter((f) => f.rule === "UPD-002");

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
