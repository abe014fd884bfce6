import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { apg002SharedWith } from "./apg002SharedWith.js";

const base: GoodPracticeRowFields = {
  objective:
    "To develop practice across the team in responding to new risk information by sharing PP2's approach of arranging an emergency professionals meeting with police and children's services on the day a risk disclosure was received",
  sharedWith: "Team",
  action:
    "SPO1 to brief the team at the next monthly meeting on the case background, PP2's response and the key steps for convening an emergency professionals meeting",
  monitoring:
    "PDU1 to discuss delivery of the briefing with SPO1 in supervision and confirm that the objective has been met",
  owner: "SPO1 / PDU1",
  date: "Briefing by 30/11/2025; PDU1/SPO1 discussion by 15/01/2026",
};
const ctx = compileContext({}).forScope("ap.gp.row");
const run = (row: Partial<GoodPracticeRowFields>) =>
  apg002SharedWith.run({ ...base, ...row }, ctx).filter((f) => f.rule === "APG-002");

describe("apg002SharedWith (APG-002)", () => {
  it("flags an empty level", () => {
    const found = run({ sharedWith: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("flags National without agreement", () => {
    const found = run({ sharedWith: "National" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes Team", () => {
    expect(run({})).toEqual([]);
  });
  it("passes National agreed with the policy owner", () => {
    expect(
      run({ sharedWith: "National", date: "Agreed with the policy owner on 01/10/2025; briefing by 30/11/2025" }),
    ).toEqual([]);
  });
});
