import type { Finding } from "@sfo-review/lint";

/** Whether two sorted finding lists would draw the same highlights, so a DecorationSet can be reused. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.from !== y.from || x.to !== y.to || x.rule !== y.rule || x.severity !== y.severity || x.message !== y.message)
      return false;
  }
  return true;
}
