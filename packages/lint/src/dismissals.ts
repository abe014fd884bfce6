import type { Finding } from "./Finding.js";

/** A dismissed warning, keyed by rule, block and matched text, never by position (DOMAIN.md §4.0). */
export interface Dismissal {
  rule: string;
  /** `Finding.blockHash` of the block, or omitted to match any block. */
  blockHash?: string;
  /** `Finding.blockId` (analysis entry or plan row id), or omitted. */
  blockId?: string;
  /** `Finding.matchedText`, or omitted to match any text. */
  matchedText?: string;
  reason?: string;
}

/** The findings that no dismissal covers. Pure: the dismissals list is the record the CM and QA see. */
export function applyDismissals(findings: readonly Finding[], dismissals: readonly Dismissal[]): Finding[] {
  if (dismissals.length === 0) return [...findings];
  return findings.filter(
    (f) =>
      !dismissals.some(
        (d) =>
          d.rule === f.rule &&
          (d.blockHash === undefined || d.blockHash === f.blockHash) &&
          (d.blockId === undefined || d.blockId === f.blockId) &&
          (d.matchedText === undefined || d.matchedText === f.matchedText),
      ),
  );
}
