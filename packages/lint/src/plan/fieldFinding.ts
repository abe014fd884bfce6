import type { Finding, Fix, Severity } from "../Finding.js";
import type { RuleId } from "../ruleCatalogue.js";
import type { LearningRowFields } from "./LearningRowFields.js";

type Field = Exclude<keyof LearningRowFields, "actionDate" | "measureDate">;

/** A finding on a learning-row field; without a span it covers the whole field. */
export function fieldFinding(
  rule: RuleId,
  severity: Severity,
  row: LearningRowFields,
  field: Field,
  message: string,
  span?: { from: number; to: number },
  fixes?: Fix[],
): Finding {
  const text = row[field];
  const from = span?.from ?? 0;
  const to = span?.to ?? text.length;
  return { rule, severity, field, from, to, message, matchedText: text.slice(from, to), ...(fixes ? { fixes } : {}) };
}
