import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp008VagueCommitment } from "./resp008VagueCommitment.js";

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
  resp008VagueCommitment.run({ ...base, ...row }, ctx).filter((f) => f.rule === "RESP-008");

describe("resp008VagueCommitment (RESP-008)", () => {
  it("flags 000 Rec 5", () => {
    const found = run({
      actions: [
        {
          ...base.actions[0]!,
          text: "The role of the countersigning manager will be considered as part of a wider review.",
        },
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("flags 000 Rec 9", () => {
    const found = run({
      actions: [
        {
          ...base.actions[0]!,
          text: "HMMPS will consider whether the revised format lends itself to greater sharing.",
        },
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("passes a named deliverable", () => {
    expect(run({})).toEqual([]);
  });
});
