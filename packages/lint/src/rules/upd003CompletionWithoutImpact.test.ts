import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";
import { upd003CompletionWithoutImpact } from "./upd003CompletionWithoutImpact.js";

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
  upd003CompletionWithoutImpact.run({ ...base, ...row }, ctx).filter((f) => f.rule === "UPD-003");

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
