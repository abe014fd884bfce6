import type { Finding } from "@sfo-review/lint";
import { dismissalKey } from "./dismissalKey.js";
import { type LintDismissalValue, lintDismissalValueSchema } from "./lintDismissal.schema.js";

/** The part of a `Y.Map` that dismissing writes to. */
export interface DismissalsTarget {
  set(key: string, value: LintDismissalValue): unknown;
}

/**
 * Records in the shared map that `finding` was dismissed, by whom and why; every collaborator's
 * linter then hides it. The server refuses the write from read-only connections.
 */
export function dismissFinding(map: DismissalsTarget, finding: Finding, reason: string, by: string, now = new Date()) {
  const value = lintDismissalValueSchema.parse({ reason: reason.trim(), by, at: now.toISOString() });
  map.set(dismissalKey(finding), value);
}
