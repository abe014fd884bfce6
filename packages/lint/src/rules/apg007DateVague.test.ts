import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { apg007DateVague } from "./apg007DateVague.js";

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
  apg007DateVague.run({ ...base, ...row }, ctx).filter((f) => f.rule === "APG-007");

describe("apg007DateVague (APG-007)", () => {
  it("flags an empty date", () => {
    const found = run({ date: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("flags ASAP", () => {
    const found = run({ date: "ASAP" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes dated statements", () => {
    expect(run({})).toEqual([]);
  });
  it("passes a structured date", () => {
    expect(run({ date: "", actionDate: "2025-11-30" })).toEqual([]);
  });
});
