import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp003WhichPart } from "./resp003WhichPart.js";

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
  resp003WhichPart.run({ ...base, ...row }, ctx).filter((f) => f.rule === "RESP-003");

describe("resp003WhichPart (RESP-003)", () => {
  it("flags no accepted part", () => {
    const found = run({
      actions: [
        {
          ...base.actions[0]!,
          text: "Partly agreed for affordability reasons: raising the grade of reviewers is not affordable.",
        },
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes the F-09 passing row", () => {
    expect(run({})).toEqual([]);
  });
});
