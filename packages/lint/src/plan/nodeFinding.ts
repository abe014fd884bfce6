import type { Severity } from "../Finding.js";
import type { RuleId } from "../ruleCatalogue.js";
import type { PlanFinding } from "./PlanRule.js";

/**
 * A finding on outline node `node`; the linter gives it the node's range (or its first
 * textblock's). `matchedText` names what is missing, so that a dismissal survives edits.
 */
export function nodeFinding(
  rule: RuleId,
  severity: Severity,
  node: number,
  message: string,
  matchedText: string,
): PlanFinding {
  return { rule, severity, node, from: 0, to: 0, message, matchedText };
}
