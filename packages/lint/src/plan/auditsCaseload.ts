const CASELOAD_AUDIT =
  /\b(?:audit|dip[\s-]?sampl\w*|review)\w*\b[^.;]{0,60}\b(?:all|every|whole caseload|all relevant|caseload|other cases|(?:\d+|six|ten|fifteen|twenty) (?:of (?:their|his|her|PP\d+'s) )?(?:\w+ )?cases)\b/i;

/** The text audits other relevant cases, beyond the one reviewed (APL-022). */
export function auditsCaseload(text: string): boolean {
  return CASELOAD_AUDIT.test(text);
}
