/** A stretch of a block's text, as UTF-16 offsets. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Whether [from, to) shares a character with any of the spans. */
export function overlapsAny(spans: readonly Span[], from: number, to: number): boolean {
  for (const s of spans) if (from < s.to && to > s.from) return true;
  return false;
}

/** Whether two spans share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.from < b.to && a.to > b.from;
}
