import type { Finding } from "@sfo-review/lint";

/** The narrowest finding that contains `pos` (ends included), or undefined. */
export function findingAt(findings: readonly Finding[], pos: number): Finding | undefined {
  let best: Finding | undefined;
  for (const finding of findings) {
    if (finding.from > pos || finding.to < pos) continue;
    if (!best || finding.to - finding.from < best.to - best.from) best = finding;
  }
  return best;
}
