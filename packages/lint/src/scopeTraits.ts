import type { Scope } from "./LintContext.js";

/** What a scope means for the rules (DOMAIN.md §4.0). */
export interface ScopeTraits {
  /** `review.analysis.nfd`: personal data belongs here, so PII rules are exempt. */
  nfd: boolean;
  review: boolean;
  summary: boolean;
  /** Summary or any analysis column except NFD, where LANG-001 warns. */
  summaryOrAnalysis: boolean;
  judgementColumn: boolean;
  plan: boolean;
  response: boolean;
  update: boolean;
  glossary: boolean;
}

const cache = new Map<Scope, ScopeTraits>();

export function scopeTraits(scope: Scope): ScopeTraits {
  let traits = cache.get(scope);
  if (!traits) {
    // The register and the redaction log hold real names by design; like the NFD column, PII rules do not fire there.
    const nfd = scope === "review.analysis.nfd" || scope === "register" || scope === "redaction";
    traits = {
      nfd,
      review: scope.startsWith("review."),
      summary: scope === "review.summary",
      summaryOrAnalysis: scope === "review.summary" || (scope.startsWith("review.analysis.") && !nfd),
      judgementColumn: scope === "review.analysis.judgement" || scope === "review.judgements",
      plan: scope.startsWith("ap."),
      response: scope.startsWith("resp."),
      update: scope.startsWith("update"),
      glossary: scope === "glossary",
    };
    cache.set(scope, traits);
  }
  return traits;
}
