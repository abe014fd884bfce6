import { compileContext } from "../engine/RuleContext.js";
import type { Finding } from "../Finding.js";
import type { Scope } from "../LintContext.js";
import type { FieldsRule } from "../plan/FieldsRule.js";

/** Runs one row rule on `example` with `row` laid over it, in `scope`; only that rule's findings. */
export function runFieldsRule<F>(
  rule: FieldsRule<F>,
  ruleId: string,
  example: F,
  scope: Scope,
  row: Partial<F>,
): Finding[] {
  return rule.run({ ...example, ...row }, compileContext({}).forScope(scope)).filter((f) => f.rule === ruleId);
}
