import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp006TargetDate } from "./resp006TargetDate.js";

const base: ResponseFields = {
  number: 3,
  category: "Partly Agreed",
  inPrinciple: false,
  reasonCategories: [],
  recommendation: "Introduce training for SFO reviewing managers.",
  explanations: [],
  actions: [
    {
      field: "action.0",
      text: "Partly agreed for affordability reasons: a new accredited course cannot be funded in 2025/26. HMPPS will implement the part of the recommendation relating to in-post development: the national SFO team will deliver quarterly writing workshops for all reviewing managers, based on themes from quality assurance.",
      owners: ["Deputy Director Public Protection Group"],
      targetDate: null,
      targetText: "March 2026",
    },
  ],
};
const ctx = compileContext({}).forScope("resp.response");
const run = (row: Partial<ResponseFields>) =>
  resp006TargetDate.run({ ...base, ...row }, ctx).filter((f) => f.rule === "RESP-006");

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
