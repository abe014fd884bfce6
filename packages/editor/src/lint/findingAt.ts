import type { Finding } from "@sfo-review/lint";

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every finding on the words at `pos` (ends included): the narrowest finding there and any other
 * on exactly the same text, most severe first. An acronym can be both not spelt out (ACR-001)
 * and missing from the glossary (ACR-002), a name in capitals both a name and an unknown
 * acronym: the user needs each one's fix. Wider findings (a long sentence around the word) are
 * left to a click on their other words.
 */
export function findingsAt(findings: readonly Finding[], pos: number): Finding[] {
  let narrowest: Finding | undefined;
  for (const finding of findings) {
    if (finding.from > pos || finding.to < pos) continue;
    if (!narrowest || finding.to - finding.from < narrowest.to - narrowest.from) narrowest = finding;
  }
  if (!narrowest) return [];
  const { from, to } = narrowest;
  return findings
    .filter((finding) => finding.from === from && finding.to === to)
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || a.rule.localeCompare(b.rule));
}

/** The first of `findingsAt(findings, pos)`, or undefined when no finding is there. */
export function findingAt(findings: readonly Finding[], pos: number): Finding | undefined {
  return findingsAt(findings, pos)[0];
}
