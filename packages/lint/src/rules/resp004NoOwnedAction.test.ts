import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp004NoOwnedAction } from "./resp004NoOwnedAction.js";

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
  resp004NoOwnedAction.run({ ...base, ...row }, ctx).filter((f) => f.rule === "RESP-004");

describe("resp004NoOwnedAction (RESP-004)", () => {
  it("flags F-09 rec 2: no owner or date", () => {
    const found = run({ actions: [{ ...base.actions[0]!, owners: [], targetText: "" }] });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("passes an owned, dated action", () => {
    expect(run({})).toEqual([]);
  });
  it("passes Not Agreed", () => {
    expect(run({ category: "Not Agreed", actions: [{ ...base.actions[0]!, owners: [], targetText: "" }] })).toEqual([]);
  });
});
