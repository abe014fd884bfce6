import { actionPlanDocument, buildSfoSchema, responsePlanDocument, reviewDocument } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocument } from "../lintDocument.js";

const schema = buildSfoSchema();
const rules = (json: Parameters<typeof schema.nodeFromJSON>[0], rule: string) => {
  const doc = schema.nodeFromJSON(json);
  return lintDocument(doc)
    .filter((f) => f.rule === rule)
    .map((f) => doc.textBetween(f.from, f.to, " ", "#"));
};
const row = (id: string, whoFor: "Individual" | "PDU", extra = {}) => ({
  id,
  objective: ["PP1 to evidence effective practice in DA cases, including requesting checks at the start"],
  whoFor,
  action: ["SPO2 to hold a reflective discussion with PP1."],
  measure: ["SPO2 to audit six of PP1's DA cases by 31/01/2026 to ensure that checks were requested."],
  owners: ["PP1", "SPO2"],
  ...extra,
});

describe("plan-level rules", () => {
  it("APL-026: an organisational cause in the review with only individual actions (F-06)", () => {
    const review = (whoFor: "Individual" | "PDU") =>
      reviewDocument({
        judgements: ["The deficits arose from the SPO span of control: SPO2 covered four offices."],
        learningRows: [row("lp1", whoFor)],
      });
    expect(rules(review("Individual"), "APL-026")).toEqual(["span of control"]);
    expect(rules(review("PDU"), "APL-026")).toEqual([]);
  });

  it("APL-022: a knowledge gap without a caseload audit", () => {
    const review = (measure: string) =>
      reviewDocument({
        judgements: ["PP1 did not know how to make a children's services referral."],
        learningRows: [row("lp1", "Individual", { measure: [measure] })],
      });
    expect(rules(review("SPO2 to discuss referrals with PP1 in supervision by 30/11/2025."), "APL-022")).toEqual([
      "did not know how",
    ]);
    expect(rules(review("SPO2 to audit all of PP1's relevant cases by 31/01/2026."), "APL-022")).toEqual([]);
  });

  it("APL-021: a learning row linked to no analysis entry", () => {
    const review = (findingId: string | null) =>
      reviewDocument({
        analysis: { assessment: [{ id: "e1", events: ["PP1 completed the assessment."] }] },
        learningRows: [row("lp1", "Individual", { findingId })],
      });
    expect(rules(review(null), "APL-021")).toHaveLength(1);
    expect(rules(review("e1"), "APL-021")).toEqual([]);
  });

  it("UPD-001: a plan row with no update entry", () => {
    const plan = (reported: string[]) =>
      actionPlanDocument({
        learningRows: [row("lp1", "Individual"), row("lp2", "PDU")],
        updateRows: reported.map((planRowId) => ({ planRowId, progress: ["Audit of six cases: 6/6 checks."] })),
      });
    expect(rules(plan(["lp1"]), "UPD-001")).toHaveLength(1);
    expect(rules(plan(["lp1", "lp2"]), "UPD-001")).toEqual([]);
  });

  it("RESP-009: counts in the introduction that differ from the rows", () => {
    const plan = (introduction: string) =>
      responsePlanDocument({
        introduction: [introduction],
        recommendations: [
          { number: 1, text: ["Do a."], category: "Agreed" },
          { number: 2, text: ["Do b."], category: "Partly Agreed", reasonCategories: ["policy"] },
        ],
      });
    expect(rules(plan("Agreed 2, Partly Agreed 0, Not Agreed 0, Total 2."), "RESP-009")).toEqual(["2", "0"]);
    expect(rules(plan("Agreed 1, Partly Agreed 1, Not Agreed 0, Total 2."), "RESP-009")).toEqual([]);
  });
});
