import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp005OwnerRole } from "./resp005OwnerRole.js";

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
  resp005OwnerRole.run({ ...base, ...row }, ctx).filter((f) => f.rule === "RESP-005");

describe("resp005OwnerRole (RESP-005)", () => {
  it("flags F-09 a person's name", () => {
    const found = run({ actions: [{ ...base.actions[0]!, owners: ["Jane Smith"] }] });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("flags 004 Rec 4 unknown role", () => {
    const found = run({ actions: [{ ...base.actions[0]!, owners: ["Public Probation Director"] }] });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("passes a known job title", () => {
    expect(run({})).toEqual([]);
  });
  it("passes Public Protection Director", () => {
    expect(run({ actions: [{ ...base.actions[0]!, owners: ["Public Protection Director"] }] })).toEqual([]);
  });
});
