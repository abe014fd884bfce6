import type { Node as PmNode } from "@tiptap/pm/model";
import { Decoration, type DecorationSet } from "@tiptap/pm/view";
import { lintAttrsOf } from "./buildLintDecorations.js";

/**
 * The word under the caret while the user types it. Highlights leave it out until typing pauses:
 * ProseMirror redraws a highlighted text node whenever text is typed inside it (it cannot tell
 * whether the browser put the character inside or outside the highlight's element), which costs
 * a DOM replacement, a selection reset and a layout on every keystroke. An unfinished word is
 * not worth a highlight anyway.
 */
export interface TypingGap {
  from: number;
  to: number;
}

// Words longer than this are not being typed character by character.
const SCAN = 48;
const OBJECT = "\ufffc";

function isWordChar(char: string): boolean {
  return char !== OBJECT && char.trim() !== "";
}

/**
 * The gap after a character typed just before `head`: the typed character and the rest of its
 * word on both sides, within the caret's textblock; null outside text.
 */
export function typingGapAt(doc: PmNode, head: number): TypingGap | null {
  const $head = doc.resolve(head);
  const parent = $head.parent;
  if (!parent.inlineContent) return null;
  const offset = $head.parentOffset;
  const lo = Math.max(0, offset - SCAN);
  const hi = Math.min(parent.content.size, offset + SCAN);
  const text = parent.textBetween(lo, hi, undefined, OBJECT);
  // An inline node whose text is longer than its size would shift every offset below.
  if (text.length !== hi - lo) return null;
  let left = offset - lo;
  // A typed space stands alone; a typed letter takes the rest of its word.
  if (left > 0 && !isWordChar(text[left - 1] ?? "")) left--;
  else while (left > 0 && isWordChar(text[left - 1] ?? "")) left--;
  let right = offset - lo;
  while (right < text.length && isWordChar(text[right] ?? "")) right++;
  if (right <= left) return null;
  const start = $head.start();
  return { from: start + lo + left, to: start + lo + right };
}

/** `set` with the lint highlights cut around `gap`; node highlights (whole atoms) are left as they are. */
export function withTypingGap(set: DecorationSet, doc: PmNode, gap: TypingGap | null): DecorationSet {
  if (!gap) return set;
  const cut = set
    .find(gap.from, gap.to, (spec) => lintAttrsOf(spec) !== null)
    .filter((d) => d.from < gap.to && d.to > gap.from);
  if (cut.length === 0) return set;
  const parts: Decoration[] = [];
  for (const d of cut) {
    const spec = d.spec as object;
    const attrs = lintAttrsOf(spec);
    if (!attrs) continue;
    if (d.from < gap.from) parts.push(Decoration.inline(d.from, gap.from, attrs, spec));
    if (d.to > gap.to) parts.push(Decoration.inline(gap.to, d.to, attrs, spec));
  }
  return set.remove(cut).add(doc, parts);
}
