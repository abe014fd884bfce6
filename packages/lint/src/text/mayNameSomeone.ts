import pii from "../data/piiLexicon.json" with { type: "json" };
import { CALENDAR_MONTHS } from "../plan/isoDates.js";
import { lookupAcronym } from "./acronymDictionary.js";
import { isEnglishWord, isLowerCaseEnglishWord } from "./englishWords.js";
import { isCommonWordName, isKnownFirstName } from "./firstNames.js";
import { isMonthUse, MONTH_NAMES } from "./nameContext.js";
import type { TextBlock } from "./TextBlock.js";
import { lowerCaseStretches, writtenWithoutCapitals } from "./writtenWithoutCapitals.js";

// Quotation marks, handles and emoji open nicknames and messages, where a name may be any word in any case.
const QUOTE_HANDLE_OR_EMOJI = /["“”‘«»@#\p{Extended_Pictographic}]|(?<!\p{L})['’]|['’](?!\p{L})/u;
const POSSESSIVE = /['’]s$/;
const NO_LETTER = /^[^\p{L}]+$/u;
const LOWER_CASE = /^[\p{Ll}\d'’.-]+$/u;
const DIGIT = /\d/;
// "PP1", "SPO2", "W3": the identifiers a review uses instead of names (a role's acronym, a witness or a victim), not
// a reviewer's initials ("Comment [LS1]").
const IDENTIFIER = /^(\p{Lu}{1,4})\d{1,3}$/u;
const isIdentifier = (value: string) => {
  const role = IDENTIFIER.exec(value)?.[1];
  return role !== undefined && (role === "W" || role === "V" || lookupAcronym(role) !== undefined);
};
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const AFTER_FULL_STOP = /[.!?]\s+$/;
// "Mr K", "Ms B", "Person C": how a review names people without naming them.
const BEFORE_LETTER = new Set(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Person"]);
const NOT_NAMES: ReadonlySet<string> = new Set(pii.notNames);
const MONTHS: ReadonlySet<string> = new Set(CALENDAR_MONTHS);
/** Capitals the acronym list knows only as a note's mark ("NB", nota bene): where the context says a person, initials. */
export const NOTE_MARKS: ReadonlySet<string> = new Set(["NB"]);
const SIGNS_AFTER = /^\s+(?:initialled|countersigned|signed)\b/;
const OWNER_BEFORE =
  /\b(?:[Oo]wner|[Aa]ction\s+owner|[Cc]ountersigned|[Ss]igned|[Cc]hecked|[Ii]nitialled|[Vv]erified|[Ww]itnessed|[Nn]ote\s+by|[Ee]ntry\s+by|[Mm]inutes(?:\s+taken\s+by)?|[Dd]iscussed\s+with|[Aa]greed\s+with|[Ss]poke\s+(?:to|with)|(?:[Cc]losed|[Oo]pened|[Ll]ogged|[Cc]ompleted)(?:[^\S\n]+\d{1,2}[:.]\d{2})?[^\S\n]+by|["”][^\S\n]+[-–—])[^\S\n]*:?[^\S\n]*$/;

/** "follow-up", "victim" and "3rd": a lower-case word of the language, or a number. */
const plainWord = (word: string) =>
  word.length <= 1 ||
  DIGIT.test(word) ||
  isEnglishWord(word) ||
  (word.includes("-") && word.split("-").every((part) => part.length <= 3 || isEnglishWord(part)));

/**
 * Whether a paragraph has a word that could be part of someone's name: anything but lower-case words of the language,
 * numbers, identifiers ("PP1"), known acronyms, months, "Mr K", words that cannot be names opening a sentence
 * ("The", "Police"), and other lower-case words outside text written without capitals. Most paragraphs of a review
 * that uses identifiers have none, and the name finder skips them; a paragraph being typed has a half-typed word.
 * Every labelled paragraph of the accuracy corpora for which this says no has no name the finder would report.
 */
export function mayNameSomeone(block: TextBlock): boolean {
  const { text } = block;
  if (QUOTE_HANDLE_OR_EMOJI.test(text)) return true;
  const { words, sentences } = block;
  let hasty: boolean | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Most words: lower-case words of the language.
    if (word.text === word.lower && isLowerCaseEnglishWord(word.lower)) continue;
    const value = POSSESSIVE.test(word.text) ? word.text.slice(0, -2) : word.text;
    if (NO_LETTER.test(value)) continue;
    if (LOWER_CASE.test(value)) {
      // A word no list knows, typed in lower case ("hte", or "recor" half typed), is read as a name only in text
      // written without capitals ("spoke to gary"); quoted messages have returned above.
      if (plainWord(value)) continue;
      // Or in a message logged in lower case after a colon ("[text 28/02 06:12] kemelbek to zhanibek: why …").
      hasty ??= writtenWithoutCapitals(text) || lowerCaseStretches(text).length > 0;
      if (!hasty) continue;
      return true;
    }
    if (isIdentifier(value)) continue;
    const opening =
      sentences[word.sentence]!.firstWord === i ||
      AFTER_FULL_STOP.test(text.slice(Math.max(0, word.from - 3), word.from));
    if (value.length === 1) {
      if ((i > 0 && BEFORE_LETTER.has(words[i - 1]!.text)) || value === "I" || (opening && NOT_NAMES.has(value)))
        continue;
      return true;
    }
    if (CAPITALISED.test(value)) {
      if (BEFORE_LETTER.has(value) && words[i + 1]?.text.length === 1) continue;
      if (opening && NOT_NAMES.has(value) && !isKnownFirstName(value) && !isCommonWordName(value)) continue;
      if (MONTHS.has(value) && (!MONTH_NAMES.has(value) || isMonthUse(text, word.from, word.to))) continue;
      return true;
    }
    // "LD initialled the log": capitals that sign are someone's initials, whatever else they spell.
    // "Owner: DA": an action's owner, by initials that may spell something else.
    if (
      lookupAcronym(value) &&
      !NOTE_MARKS.has(value) &&
      !SIGNS_AFTER.test(text.slice(word.to, word.to + 16)) &&
      !OWNER_BEFORE.test(text.slice(Math.max(0, word.from - 16), word.from))
    )
      continue;
    return true;
  }
  return false;
}
