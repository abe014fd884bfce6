import type { Finding } from "../Finding.js";

/** The one finding a throwing rule becomes; it never carries document text (STYLE.md, "Errors"). */
export function internalFinding(rule: string, error: unknown, from = 0, to = 0): Finding {
  const reason = error instanceof Error ? error.name : "Error";
  return {
    rule: "LINT-INTERNAL",
    severity: "info",
    from,
    to,
    message: `Rule ${rule} failed (${reason}); other rules ran.`,
  };
}
