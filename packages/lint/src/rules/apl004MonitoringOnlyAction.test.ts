import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { LearningRowFields } from "../plan/LearningRowFields.js";
import { apl004MonitoringOnlyAction } from "./apl004MonitoringOnlyAction.js";

// A passing row in the style of the 002 example (DOMAIN.md §8, F-06 row 4).
const good: LearningRowFields = {
  objective:
    "PP1 to evidence effective practice in domestic abuse cases, including requesting police DA checks at the start of supervision and when a new relationship is disclosed",
  whoFor: "Individual",
  action:
    "SPO2 to hold a reflective discussion with PP1 about the findings of the review and the DA policy. QDO to deliver two 1:1 sessions with PP1 on analysing DA information in assessments.",
  measure:
    "On completion of the actions, SPO2 to audit six of PP1's DA cases to ensure that DA checks were requested. If fewer than six cases are available, extend by four weeks. If the audit shows gaps, SPO2 and QDO to agree further 1:1 sessions.",
  owner: "PP1 / SPO2 / QDO / PDU1",
  date: "Reflective discussion by 15/10/2025; QDO sessions by 31/10/2025; audit by 31/01/2026",
};
const ctx = compileContext({ register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] }).forScope(
  "ap.lp.row",
);

describe("apl004MonitoringOnlyAction (APL-004)", () => {
  it("flags the F-06 example", () => {
    const row = { ...good, ...{ action: "SPO2 to QA the next five OASys assessments completed by PP1" } };
    const found = apl004MonitoringOnlyAction.run(row, ctx).filter((f) => f.rule === "APL-004");
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.field).toBeTruthy();
  });
  it("passes the good row", () => {
    expect(apl004MonitoringOnlyAction.run(good, ctx).filter((f) => f.rule === "APL-004")).toEqual([]);
  });
});
