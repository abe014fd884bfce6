import { compileContext } from "./engine/RuleContext.js";
import { lintBlock } from "./engine/lintBlock.js";
import { internalFinding } from "./engine/internalFinding.js";
import { shiftFinding } from "./engine/shiftFinding.js";
import type { Finding } from "./Finding.js";
import type { LintContext } from "./LintContext.js";
import type { LearningRowFields } from "./plan/LearningRowFields.js";
import { rowRules } from "./rules/rowRules.js";
import type { CompiledContext } from "./engine/RuleContext.js";

const TEXT_FIELDS = [
  ["objective", "ap.lp.objective"],
  ["action", "ap.lp.action"],
  ["measure", "ap.lp.measure"],
] as const;

/** Runs the row rules only (APL), with findings naming their field. */
export function runRowRules(
  row: LearningRowFields,
  compiled: CompiledContext,
  onError?: (rule: string, error: unknown) => void,
): Finding[] {
  const ctx = compiled.forScope("ap.lp.row");
  const out: Finding[] = [];
  for (const rule of rowRules) {
    try {
      out.push(...rule.run(row, ctx));
    } catch (error) {
      onError?.(rule.ids[0]!, error);
      out.push(internalFinding(rule.ids[0]!, error));
    }
  }
  return out;
}

/**
 * Lints one learning row of the action plan: the APL row rules plus the text rules on the
 * objective, action and measure cells. Each finding names its `field`; offsets are into that field.
 *
 * @example lintLearningRow({ objective: "PP1's RMPs and SPs", whoFor: "PP1", action: "PP1 to follow the enforcement policy", measure: "", owner: "Sarah Jenkins", date: "ASAP" })
 */
export function lintLearningRow(row: LearningRowFields, context: LintContext = {}): Finding[] {
  const compiled = compileContext(context);
  const out = runRowRules(row, compiled, context.onInternalError).map((f) => shiftFinding(f, 0));
  for (const [field, scope] of TEXT_FIELDS) {
    if (!row[field].trim()) continue;
    const result = lintBlock(row[field], scope, compiled, context.onInternalError);
    for (const f of result.findings) out.push(shiftFinding(f, 0, { field }));
  }
  return out;
}
