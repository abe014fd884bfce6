import type { Finding, Severity } from "@sfo-review/lint";

/** Counts of findings by severity and the line a countersigner reads first. */
export interface FindingsSummary {
  counts: Record<Severity, number>;
  /** e.g. "3 errors, 12 warnings, 4 info" or "No problems found". */
  text: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function summariseFindings(findings: readonly Finding[]): FindingsSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const text =
    findings.length === 0
      ? "No problems found"
      : [
          plural(counts.error, "error", "errors"),
          plural(counts.warning, "warning", "warnings"),
          `${counts.info} info`,
        ].join(", ");
  return { counts, text };
}
