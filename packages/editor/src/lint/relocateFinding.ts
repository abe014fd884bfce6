import type { Finding } from "@sfo-review/lint";

/**
 * The finding in `current` that is the same problem as `stale` (same rule, text and block),
 * nearest to where it was: the panel shows a list a moment old while co-editors type.
 */
export function relocateFinding(current: readonly Finding[], stale: Finding): Finding | undefined {
  let best: Finding | undefined;
  for (const finding of current) {
    if (finding.rule !== stale.rule || finding.matchedText !== stale.matchedText) continue;
    if (finding.blockHash !== stale.blockHash || finding.blockId !== stale.blockId) continue;
    if (!best || Math.abs(finding.from - stale.from) < Math.abs(best.from - stale.from)) best = finding;
  }
  return best;
}
