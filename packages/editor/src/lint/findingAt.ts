import type { Finding } from "@sfo-review/lint";

/** The narrowest finding that contains `pos` (ends included), or undefined. `findings` are sorted by `from`. */
export function findingAt(findings: readonly Finding[], pos: number): Finding | undefined {
  let best: Finding | undefined;
  for (const finding of findings) {
    if (finding.from > pos) break;
    if (finding.to < pos) continue;
    if (!best || finding.to - finding.from < best.to - best.from) best = finding;
  }
  return best;
}
