import type { Finding, Fix, Severity } from "../Finding.js";
import type { RuleId } from "../ruleCatalogue.js";

/** A finding with block-relative offsets; the engine shifts it to document positions. */
export function createFinding(
  rule: RuleId,
  severity: Severity,
  text: string,
  from: number,
  to: number,
  message: string,
  fixes?: Fix[],
): Finding {
  return { rule, severity, from, to, message, matchedText: text.slice(from, to), ...(fixes?.length ? { fixes } : {}) };
}
