import type { Finding } from "@sfo-review/lint";

/**
 * The next finding starting after `pos` (or the previous one starting before it), wrapping
 * around the document as Word's and VS Code's "next problem" do. Does not rely on the order of
 * `findings`: the engine sorts block findings, but document- and row-level ones are merged in.
 */
export function adjacentFinding(
  findings: readonly Finding[],
  pos: number,
  direction: "next" | "previous",
): Finding | undefined {
  const sign = direction === "next" ? 1 : -1;
  let best: Finding | undefined;
  let wrap: Finding | undefined;
  for (const finding of findings) {
    const ahead = (finding.from - pos) * sign > 0;
    if (ahead && (!best || (finding.from - best.from) * sign < 0)) best = finding;
    if (!wrap || (finding.from - wrap.from) * sign < 0) wrap = finding;
  }
  return best ?? wrap;
}
