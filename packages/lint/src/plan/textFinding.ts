import type { Finding, Severity } from "../Finding.js";
import type { RuleId } from "../ruleCatalogue.js";

/** A finding on `field`, whose text is `text`; without a span it covers the whole field. */
export function textFinding(
  rule: RuleId,
  severity: Severity,
  field: string,
  text: string,
  message: string,
  span?: { from: number; to: number },
): Finding {
  const from = span?.from ?? 0;
  const to = span?.to ?? text.length;
  return { rule, severity, field, from, to, message, matchedText: text.slice(from, to) };
}
