import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { LearningRowFields } from "../plan/LearningRowFields.js";
import { apl023StaffAbsentOrLeft } from "./apl023StaffAbsentOrLeft.js";

const base: LearningRowFields = {
  objective:
    "PP1 to evidence effective practice in domestic abuse cases, including requesting police DA checks at the start of supervision and when a new relationship is disclosed",
  whoFor: "Individual",
  action:
    "SPO2 to hold a reflective discussion with PP1 about the findings of the review and the DA policy. QDO to deliver two 1:1 sessions with PP1 on analysing DA information in assessments.",
  measure:
    "On completion of the actions, SPO2 to audit six of PP1's DA cases by 31/01/2026 to ensure that DA checks were requested.",
  owner: "PP1 / SPO2 / QDO / PDU1",
  date: "Reflective discussion by 15/10/2025; QDO sessions by 31/10/2025; audit by 31/01/2026",
};
const ctx = compileContext({
  region: "London",
  register: [
    { name: "Ann Lee", identifier: "SPO7", role: "staff", region: "Wales" },
    { name: "Bob Hart", identifier: "PP3", role: "staff", status: "absent" },
    { name: "Cy Dunn", identifier: "PP4", role: "staff", status: "left" },
  ],
}).forScope("ap.lp.row");
const run = (row: Partial<LearningRowFields>) =>
  apl023StaffAbsentOrLeft.run({ ...base, ...row }, ctx).filter((f) => f.rule === "APL-023");

describe("apl023StaffAbsentOrLeft (APL-023)", () => {
  it("flags an absent owner with no return provision", () => {
    const found = run({ owner: "PP3 / SPO2" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("flags a sole owner who has left", () => {
    const found = run({ owner: "PP4" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("passes owners in post", () => {
    expect(run({})).toEqual([]);
  });
  it("passes an on-return provision", () => {
    expect(
      run({ owner: "PP3 / SPO2", action: "SPO2 to hold a reflective discussion with PP3 on their return from leave." }),
    ).toEqual([]);
  });
});
