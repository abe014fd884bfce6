import census from "../data/censusFirstNames.json" with { type: "json" };
import names from "../data/firstNames.json" with { type: "json" };
import pii from "../data/piiLexicon.json" with { type: "json" };
import { isAscii } from "./charClasses.js";

/** The hand-made list and the rarer given names of the US census (scripts/buildCensusFirstNames.mjs). */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...names.names, ...census.names.split(" ")]);
/** Words of the language that are also common first names or surnames ("Hope", "Baker", "Stone"). */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set(pii.commonWordNames);
/** Whether a word of the language is also a common first name or surname ("Hope", "Baker", "Stone"). */
export const isCommonWordName = (word: string) => COMMON_WORD_NAMES.has(word);

/** A name without its diacritics ("Siobhán" → "Siobhan", "Paweł" → "Pawel"); an ASCII name is its own. */
export const foldName = (s: string) =>
  isAscii(s)
    ? s
    : s
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .replace(/ł/g, "l")
        .replace(/Ł/g, "L")
        .replace(/ø/g, "o")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D")
        .replace(/ı/g, "i");
const FOLDED_FIRST_NAMES = new Set([...FIRST_NAMES].map(foldName));
const isFirstName = (word: string) => FIRST_NAMES.has(word) || FOLDED_FIRST_NAMES.has(foldName(word));

/** Whether `word` is a known first name, ignoring diacritics; a hyphenated one ("Kerry-Ann") needs every part known and one part not an ordinary word. */
export function isKnownFirstName(word: string): boolean {
  if (isFirstName(word)) return true;
  if (!word.includes("-")) return false;
  const parts = word.split("-");
  return parts.every(isFirstName) && parts.some((p) => !COMMON_WORD_NAMES.has(p));
}
