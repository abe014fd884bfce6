import { documentRules } from "../rules/documentRules.js";
import type { DocumentFacts, DocumentFinding } from "./DocumentRule.js";
import { internalFinding } from "./internalFinding.js";
import type { CompiledContext } from "./RuleContext.js";

/** Runs the document-level rules over block facts; a throwing rule becomes a LINT-INTERNAL finding on block 0. */
export function runDocumentRules(
  doc: DocumentFacts,
  ctx: CompiledContext,
  onError?: (rule: string, error: unknown) => void,
): DocumentFinding[] {
  const out: DocumentFinding[] = [];
  for (const rule of documentRules) {
    try {
      out.push(...rule.run(doc, ctx));
    } catch (error) {
      onError?.(rule.ids[0]!, error);
      out.push({ ...internalFinding(rule.ids[0]!, error), block: 0 });
    }
  }
  return out;
}
