import { escapeRegExp } from "../text/escapeRegExp.js";
/**
 * Regex source matching any phrase of a lexicon, longest first: special characters escaped,
 * spaces as any whitespace and apostrophes as straight or curly, for use inside larger patterns.
 */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, "\\s+").replace(/['’]/g, "['’]"))
    .join("|");
}
