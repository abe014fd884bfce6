import { describe, expect, it } from "vitest";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp006TargetDate } from "./resp006TargetDate.js";
import { partlyAgreedResponse as base, runResponseRule } from "./responseRowFixture.js";

const run = (row: Partial<ResponseFields>) => runResponseRule(resp006TargetDate, "RESP-006", row);

describe("resp006TargetDate (RESP-006)", () => {
  it("flags 000 Rec 8 corrupt h.m. 2005", () => {
    const found = run({ actions: [{ ...base.actions[0]!, targetText: "h.m. 2005" }] });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("flags 000 Rec 5 Ongoing", () => {
    const found = run({ actions: [{ ...base.actions[0]!, targetText: "Ongoing" }] });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("flags F-09 Soon", () => {
    const found = run({ actions: [{ ...base.actions[0]!, targetText: "Soon" }] });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("passes Month YYYY", () => {
    expect(run({})).toEqual([]);
  });
  it("passes Completed and monthly", () => {
    expect(run({ actions: [{ ...base.actions[0]!, targetText: "Completed and monthly" }] })).toEqual([]);
  });
  it("passes Commencing January 2025", () => {
    expect(run({ actions: [{ ...base.actions[0]!, targetText: "Commencing January 2025" }] })).toEqual([]);
  });
  it("passes an ISO target date", () => {
    expect(run({ actions: [{ ...base.actions[0]!, targetText: "", targetDate: "2026-03" }] })).toEqual([]);
  });
});
