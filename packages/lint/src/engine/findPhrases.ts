import { allMatches } from "./allMatches.js";
import { escapeRegExp } from "../text/escapeRegExp.js";
/** A phrase found in a text. */
export interface PhraseHit {
  from: number;
  to: number;
  phrase: string;
}

const cache = new WeakMap<readonly string[], RegExp>();

/** Whole-word, case-insensitive matches of any phrase of a lexicon, longest first. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseHit[] {
  let pattern = cache.get(phrases);
  if (!pattern) {
    const alternatives = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => escapeRegExp(p).replace(/ /g, "\\s+"));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
    cache.set(phrases, pattern);
  }
  // allMatches rather than matchAll, which clones the (large) pattern on every call.
  return allMatches(pattern, text).map((m) => ({ from: m.index, to: m.index + m[0].length, phrase: m[0] }));
}
