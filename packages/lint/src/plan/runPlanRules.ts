import { type DocumentOutline, emptyOutline } from "../engine/DocumentOutline.js";
import type { BlockResult } from "../engine/lintBlock.js";
import { internalFinding } from "../engine/internalFinding.js";
import type { CompiledContext } from "../engine/RuleContext.js";
import type { RowVisit } from "../engine/RowVisit.js";
import { planRules } from "../rules/planRules.js";
import { auditsCaseload } from "./auditsCaseload.js";
import type { PlanFinding } from "./PlanRule.js";

/** Runs the plan-level rules; a throwing rule becomes one LINT-INTERNAL finding on the first row or block. */
export function runPlanRules(
  rows: readonly RowVisit[],
  blocks: readonly BlockResult[],
  ctx: CompiledContext,
  onError?: (rule: string, error: unknown) => void,
  outline: DocumentOutline = emptyOutline,
): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const rule of planRules) {
    try {
      out.push(...rule.run({ rows, blocks, outline }, ctx));
    } catch (error) {
      onError?.(rule.ids[0]!, error);
      out.push({ ...internalFinding(rule.ids[0]!, error), block: 0 });
    }
  }
  return out;
}

/** What plan-level rules read of a row; a text edit that leaves it unchanged needs no plan-level pass. */
export function planSignature(row: RowVisit): string {
  const a = row.attrs;
  switch (row.kind) {
    case "learning":
      return JSON.stringify([
        a.id,
        a.findingId,
        row.atoms.whoFor?.attrs.level,
        row.atoms.owner?.attrs.owners,
        auditsCaseload(`${row.texts.action ?? ""}\n${row.texts.measure ?? ""}`),
      ]);
    case "goodPractice":
      return JSON.stringify([a.id, a.findingId]);
    case "update":
      return JSON.stringify([a.planRowId]);
    case "response":
      return JSON.stringify([a.category, a.inPrinciple]);
    case "entry":
      return JSON.stringify([a.id]);
    default:
      return "";
  }
}
