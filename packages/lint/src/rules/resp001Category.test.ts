import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp001Category } from "./resp001Category.js";

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
  resp001Category.run({ ...base, ...row }, ctx).filter((f) => f.rule === "RESP-001");

describe("resp001Category (RESP-001)", () => {
  it("flags no category", () => {
    const found = run({ category: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("flags Agreed in principle (004 Rec 2)", () => {
    const found = run({ category: "Agreed", inPrinciple: true });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes Partly Agreed", () => {
    expect(run({})).toEqual([]);
  });
  it("passes Agreed", () => {
    expect(run({ category: "Agreed" })).toEqual([]);
  });
});
