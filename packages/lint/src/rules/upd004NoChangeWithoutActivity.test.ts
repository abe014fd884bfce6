import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";
import { upd004NoChangeWithoutActivity } from "./upd004NoChangeWithoutActivity.js";

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
  upd004NoChangeWithoutActivity.run({ ...base, ...row }, ctx).filter((f) => f.rule === "UPD-004");

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
