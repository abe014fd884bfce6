import { acronymKey, isAcronymShaped, isAllowlistedAcronym, lookupAcronym } from "./acronymDictionary.js";
import type { TextBlock } from "./TextBlock.js";

/** An acronym occurrence in a block. */
export interface AcronymOccurrence {
  form: string;
  key: string;
  from: number;
  to: number;
  /** Spelt out here as "expansion (ACR)" or "ACR (expansion)". */
  expanded: boolean;
  known: boolean;
}

/**
 * Acronym-shaped tokens of a block, with whether each is spelt out where it stands. Identifiers
 * from the register (`identifiers`) and the allowlist are skipped.
 */
export function findAcronyms(block: TextBlock, identifiers: ReadonlySet<string>): AcronymOccurrence[] {
  const out: AcronymOccurrence[] = [];
  const { text } = block;
  for (const word of block.words) {
    const form = word.text.replace(/['’]s$/, "");
    if (!isAcronymShaped(form) || isAllowlistedAcronym(form) || identifiers.has(form)) continue;
    const to = word.from + form.length;
    const before = text.slice(Math.max(0, word.from - 2), word.from);
    const after = text.slice(to, to + 2);
    let expanded = false;
    if (/[([]$/.test(before) && /^s?[)\]]/.test(after)) {
      const preceding = text.slice(Math.max(0, word.from - 80), word.from - 1);
      expanded = /\p{L}{2,}[^()[\]]*\s*$/u.test(preceding) && !/[.!?]\s*$/.test(preceding);
    } else {
      const m = /^s?\s?[([]([^)\]]{3,120})[)\]]/.exec(text.slice(to, to + 125));
      if (m && /\p{L}{2,}\s+\p{L}{2,}/u.test(m[1]!)) expanded = true;
    }
    out.push({ form, key: acronymKey(form), from: word.from, to, expanded, known: !!lookupAcronym(form) });
  }
  return out;
}
