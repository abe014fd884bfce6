import type { Finding } from "@sfo-review/lint";

/**
 * The key of a finding in the shared `lintDismissals` map: rule, block text hash and matched text,
 * never a position, so a dismissal survives edits elsewhere and lapses when its block is rewritten.
 * Plan-row findings have no block hash and are keyed by the row id instead. A JSON array keeps the
 * parts unambiguous whatever text they hold.
 */
export function dismissalKey(finding: Finding): string {
  const block = finding.blockHash ?? `row:${finding.blockId ?? ""}`;
  return JSON.stringify([finding.rule, block, finding.matchedText ?? ""]);
}
