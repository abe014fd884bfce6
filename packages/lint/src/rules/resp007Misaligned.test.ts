import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp007Misaligned } from "./resp007Misaligned.js";

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
  resp007Misaligned.run({ ...base, ...row }, ctx).filter((f) => f.rule === "RESP-007");

describe("resp007Misaligned (RESP-007)", () => {
  it("flags 000 Rec 11 two owners and two dates", () => {
    const found = run({
      actions: [
        {
          ...base.actions[0]!,
          owners: ["Deputy Director Public Protection Group Deputy Director Public Protection Group"],
          targetText: "October 2025 March 2025",
        },
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes one owner and one date", () => {
    expect(run({})).toEqual([]);
  });
});
