import lexicon from "../data/glossaryLexicon.json" with { type: "json" };
import { findPhrases, type PhraseHit } from "./findPhrases.js";
import { escapeRegExp } from "../text/escapeRegExp.js";

const escapePhrase = (s: string) => escapeRegExp(s).replace(/ /g, "\\s+");
const alternatives = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapePhrase)
    .join("|");

// A qualifier, up to three describing words, then a kind of guidance: "local domestic abuse protocol".
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternatives(lexicon.localGuidanceQualifiers)})((?:\\s+[\\p{L}\\p{N}'’-]+){0,3}?)\\s+(?:${alternatives(lexicon.localGuidanceNouns)})(?![\\p{L}\\p{N}])`,
  "giu",
);
const NOT_BETWEEN = new Set(lexicon.localGuidanceNotBetween.map((w) => w.toLowerCase()));

/**
 * Mentions of guidance that is not nationally issued: local, regional, PDU or former CRC policies,
 * protocols and practice notes (GLOSS-002; 003 §4). Words between the qualifier and the noun must
 * describe the guidance, so "local authority policy" and "an area of policy" are not mentions.
 */
export function findLocalGuidance(text: string): PhraseHit[] {
  const out: PhraseHit[] = [];
  // Every mention ends with a kind of guidance: most blocks name none.
  if (findPhrases(text, lexicon.localGuidanceNouns).length === 0) return out;
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const between = (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
    if (between.some((w) => NOT_BETWEEN.has(w.toLowerCase()))) {
      // A rejected match may hide a mention that starts inside it: "regional and local policy".
      MENTION.lastIndex = m.index + 1;
      continue;
    }
    out.push({ from: m.index, to: m.index + m[0].length, phrase: m[0] });
  }
  return out;
}
