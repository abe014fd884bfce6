import type { Finding } from "@sfo-review/lint";

/**
 * The next finding starting after `pos` (or the previous one starting before it), wrapping
 * around the document as Word's and VS Code's "next problem" do. `findings` are sorted by `from`.
 */
export function adjacentFinding(
  findings: readonly Finding[],
  pos: number,
  direction: "next" | "previous",
): Finding | undefined {
  if (direction === "next") return findings.find((f) => f.from > pos) ?? findings[0];
  for (let i = findings.length - 1; i >= 0; i--) {
    const finding = findings[i]!;
    if (finding.from < pos) return finding;
  }
  return findings.at(-1);
}
