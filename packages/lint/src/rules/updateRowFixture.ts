import type { Finding } from "../Finding.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";
import { runFieldsRule } from "./fieldsRuleFixture.js";

/** A completed update row with its measurement and impact; UPD rule tests vary one field of it. */
export const exampleUpdateRow: UpdateRowFields = {
  planRowId: "lp1",
  progress: "SPO2 held a reflective discussion with PP1 on 10/10/2025; QDO delivered two 1:1 sessions (17/10, 29/10).",
  measurement:
    "Audit of six DA cases on 28/01/2026: DA checks requested in 6/6, analysed in the assessment in 5/6; the remaining case was discussed with PP1 and corrected.",
  impact: "Impact: PP1 now requests checks routinely; SPO2 will re-check two new cases in March.",
  nextSteps: "",
  status: "Complete",
  revisedDate: null,
};

/** Runs one update-row rule on the example row with `row` laid over it; only that rule's findings. */
export function runUpdateRule(
  rule: FieldsRule<UpdateRowFields>,
  ruleId: string,
  row: Partial<UpdateRowFields>,
): Finding[] {
  return runFieldsRule(rule, ruleId, exampleUpdateRow, "update", row);
}
