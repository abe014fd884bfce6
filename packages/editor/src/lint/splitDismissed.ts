import { applyDismissals, type Finding } from "@sfo-review/lint";
import type { DismissalRecord } from "./DismissalRecord.js";
import { dismissalKey } from "./dismissalKey.js";
import type { DismissedFinding } from "./LintState.js";

/** `all` split into the findings to show and those a shared dismissal hides, with that dismissal. */
export function splitDismissed(
  all: readonly Finding[],
  records: readonly DismissalRecord[],
): { findings: readonly Finding[]; dismissed: DismissedFinding[] } {
  if (records.length === 0) return { findings: all, dismissed: [] };
  const findings = applyDismissals(
    all,
    records.map((r) => r.dismissal),
  );
  const dismissed: DismissedFinding[] = [];
  if (findings.length !== all.length) {
    const shown = new Set(findings);
    const byKey = new Map(records.map((r) => [r.key, r]));
    for (const finding of all) {
      if (shown.has(finding)) continue;
      const record = byKey.get(dismissalKey(finding)) ?? records.find((r) => r.dismissal.rule === finding.rule);
      if (record) dismissed.push({ finding, record });
    }
  }
  return { findings, dismissed };
}
