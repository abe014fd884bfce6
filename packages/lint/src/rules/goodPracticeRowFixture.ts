import type { Finding } from "../Finding.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { runFieldsRule } from "./fieldsRuleFixture.js";

/** A complete team-level good-practice row; APG rule tests vary one field of it. */
export const exampleGoodPracticeRow: GoodPracticeRowFields = {
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

/** Runs one good-practice rule on the example row with `row` laid over it; only that rule's findings. */
export function runGoodPracticeRule(
  rule: FieldsRule<GoodPracticeRowFields>,
  ruleId: string,
  row: Partial<GoodPracticeRowFields>,
): Finding[] {
  return runFieldsRule(rule, ruleId, exampleGoodPracticeRow, "ap.gp.row", row);
}
