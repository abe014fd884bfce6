import { escapeRegExp } from "./escapeRegExp.js";

/**
 * A regex alternation of cue words or phrases, longest first, each with its first letter in either case
 * ("partner" / "Partner"); with `everyWord`, every word's first letter, and any run of spaces between words
 * ("probation officer" / "Probation Officer").
 */
export function cueAlternation(cues: readonly string[], { everyWord = false } = {}): string {
  const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escapeRegExp(w.slice(1))}`;
  return [...new Set(cues)]
    .sort((a, b) => b.length - a.length)
    .map((c) => (everyWord ? c.split(" ").map(eitherCase).join("\\s+") : eitherCase(c)))
    .join("|");
}
