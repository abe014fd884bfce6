import type { LintContext } from "../LintContext.js";
import type { Finding } from "../Finding.js";
import { compileContext } from "../engine/RuleContext.js";
import type { LearningRowFields } from "../plan/LearningRowFields.js";
import type { RowRule } from "../plan/RowRule.js";

/** The guidance's worked Individual-level learning row (002, example entry); APL rule tests vary one field of it. */
export const exampleLearningRow: LearningRowFields = {
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

/** A London case whose register has staff from another region, an absent officer and one who has left. */
export const mixedStaffContext: LintContext = {
  region: "London",
  register: [
    { name: "Ann Lee", identifier: "SPO7", role: "staff", region: "Wales" },
    { name: "Bob Hart", identifier: "PP3", role: "staff", status: "absent" },
    { name: "Cy Dunn", identifier: "PP4", role: "staff", status: "left" },
  ],
};

/** Runs one learning-row rule on the example row with `row` laid over it; only that rule's findings. */
export function runLearningRowRule(
  rule: RowRule,
  ruleId: string,
  row: Partial<LearningRowFields>,
  context: LintContext = {},
): Finding[] {
  const ctx = compileContext(context).forScope("ap.lp.row");
  return rule.run({ ...exampleLearningRow, ...row }, ctx).filter((f) => f.rule === ruleId);
}
