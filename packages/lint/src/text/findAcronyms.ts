import {
  inPrisonName,
  acronymKey,
  isAcronymShaped,
  isAllowlistedAcronym,
  isCapitalisedWord,
  lookupAcronym,
} from "./acronymDictionary.js";
import { allMatches } from "../engine/allMatches.js";
import { sortByFrom } from "../engine/sortByFrom.js";
import { isSpace } from "./charClasses.js";
import { looksLikeTown } from "./findPersonNames.js";
import { isEnglishWord } from "./englishWords.js";
import { isKnownFirstName } from "./firstNames.js";
import type { TextBlock } from "./TextBlock.js";
import { titleCase } from "./titleCase.js";

/** An acronym occurrence in a block. */
const AMPERSAND_ACRONYM = /(?<![\p{L}\p{N}&])\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}&])/gu;

export interface AcronymOccurrence {
  form: string;
  key: string;
  from: number;
  to: number;
  /** Spelt out here as "expansion (ACR)" or "ACR (expansion)". */
  expanded: boolean;
  known: boolean;
}

/** Footnote markers ("MAPPA⁹") and clitics ("PDU's", "QA'd") are not part of an acronym. */
const CLITICS = new Set(["s", "d", "ed", "ing"]);

const isSuperscriptDigit = (c: number) => c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0x2070 && c <= 0x2079);

function bareForm(token: string): string {
  let end = token.length;
  while (end > 1 && isSuperscriptDigit(token.charCodeAt(end - 1))) end--;
  for (let k = 2; k <= 4 && k < end; k++) {
    const c = token.charCodeAt(end - k);
    if (c !== 39 && c !== 0x2019) continue;
    if (CLITICS.has(token.slice(end - k + 1, end))) end -= k;
    break;
  }
  return end === token.length ? token : token.slice(0, end);
}

const POSTCODE_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_INWARD = /^\s\d[A-Z]{2}\b/;
// The two halves of a vehicle registration ("ZB21 TLH"), which PII-016 reads.
const REGISTRATION_FIRST = /^[A-Z]{2}\d{2}$/;
const REGISTRATION_WHOLE = /^[A-Z]{2}\d{2}[A-Z]{3}$/;
const REGISTRATION_SECOND_AFTER = /^ [A-Z]{3}\b/;
const REGISTRATION_FIRST_BEFORE = /\b[A-Z]{2}\d{2} $/;
// An older mark's first half ("R417 KDT"), whose letters are no known acronym ("the A1 NHS route" is one).
const PREFIX_REGISTRATION_FIRST_BEFORE =
  /\b(?:VRM|reg(?:istration)?|plates?|horsebox|van|car|vehicle|Transit|lorry|truck|trailer|motorbike|moped|taxi)\b[^.;\n]{0,24}\b[A-HJ-PR-Y]\d{1,3} $/i;
// A postcode district named as a place: "the JW1 district", "in the QI5 postcode area".
const DISTRICT_AFTER =
  /^(?:\s*(?:,|and|or|&)\s*[A-Z]{1,2}\d[A-Z\d]?)*\s+(?:postcode\s+)?(?:districts?|areas?|postcodes?)\b/;
const DISTRICT_BEFORE =
  /\b(?:postcode|district|districts|postcodes)(?:,|\s+is|\s+was)?\s+(?:(?:[A-Z]{1,2}\d[A-Z\d]?)\s*(?:,|and|or|&)\s*)*$/i;
// A district placed by a preposition or a town, or named with another ("his flat is in UY2", "Kestleford JT3 and JT5",
// "from KX7 to KX4"); "the WO2 who ran the stores" is a rank.
const PLACE_PREPOSITION_BEFORE =
  /(?:\b(?:in|at|from|near|around|across|within|outside|between|into|via|towards)|\b[A-Z]{1,2}\d[A-Z\d]?\s+(?:and|or|&)|\bfrom\s+[A-Z]{1,2}\d[A-Z\d]?\s+to)\s+$/;
const TOWN_BEFORE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+$/u;
// "the Leeds T2A hub", "The Wakefield MH2 team": a service's code after its town, not a district.
const SERVICE_NOUN_AFTER =
  /^\s+(?:team|form|hub|panel|session|referral|score|post|unit|service|assessment|meeting|project|programme|worker|scheme|course|cohort)s?\b/;
// A reference made of letters and a number ("EH-TEN-0048812", "UPW-HM-0412"): a code, not a use of its letters.
const CODE_NUMBER = /^\d{3,}$/;
// Capitals run into a number name a numbered form or an identifier ("MG5", "MG11", "SPO2"), not an abbreviation to
// spell out ("UPW1" is a worker), unless the dictionary lists the numbered form itself ("OGRS3", "SA07").
const NUMBERED_FORM = /^[A-Z]{2,}\d+$/;
// The two prefix letters of a National Insurance number ("QQ 12 34 56 C") are personal data (PII-010), not an acronym.
const NI_NUMBER_TAIL = /^\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/;

const SHOUTED_FORM = /^[A-Z]{4,}$/;
// "non-MAPPA", "pre-OASys", "Post-HDC": a prefix is not part of the acronym.
const PREFIX = /^(?:[a-z]+|Non|Pre|Post|Anti|Ex|Multi|Inter|Sub|Semi|Mid|Pro|Re)-/;
const VOWEL = /[AEIOUY]/;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;

/**
 * Whether the word at `index` is an ordinary word in capitals for emphasis, not in the dictionary: an English word of
 * four or more capital letters, opening its sentence and followed by a lower-case word ("BREACH of licence was …"),
 * or one of a run of capitalised words with an ordinary word among them ("DONT BELIEVE HIM", "FINE, I WONT").
 */
function isShouted(block: TextBlock, index: number, form: string): boolean {
  if (lookupAcronym(form)) return false;
  if (inShoutedRun(block, index)) return true;
  // "GLAA guidance was not followed": capitals that spell no word are an acronym, wherever they stand.
  if (!SHOUTED_FORM.test(form) || !VOWEL.test(form) || !isEnglishWord(form.toLowerCase())) return false;
  const word = block.words[index]!;
  if (block.sentences[word.sentence]?.firstWord !== index) return false;
  return LOWER_WORD_AFTER.test(block.text.slice(word.to, word.to + 3));
}

const CAPITAL_WORD = /^[A-Z][A-Z'’]*$/;
/** Whether `form` is three or more capitals A–Z and nothing else: a loop, not a regex, as it runs on every word. */
function isCapitalLetters(form: string): boolean {
  if (form.length < 3) return false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** A first name written in capitals, as case notes write names ("spoke to GRAHAM"), and not a dictionary acronym. */
function isNameInCapitals(form: string): boolean {
  return isCapitalLetters(form) && !lookupAcronym(form) && isKnownFirstName(titleCase(form));
}
const RUN_GAP = /^,?\s+$/;

/** Whether the word at `index` is in a run of capitalised words, joined by spaces or commas, that has an ordinary word in capitals. */
function inShoutedRun(block: TextBlock, index: number): boolean {
  const { words, text } = block;
  if (!CAPITAL_WORD.test(words[index]!.text)) return false;
  const ordinary = (k: number) => words[k]!.text === "I" || isCapitalisedWord(words[k]!.text);
  const joined = (k: number) =>
    CAPITAL_WORD.test(words[k]!.text) && RUN_GAP.test(text.slice(words[k - 1]!.to, words[k]!.from));
  // A few words either way settle it: a whole line of capitals ("PC AB PC AB …") would cost a scan for each word.
  const last = Math.min(words.length, index + 1 + RUN_REACH);
  for (let k = index + 1; k < last && joined(k); k++) if (ordinary(k)) return true;
  const first = Math.max(0, index - RUN_REACH);
  for (let k = index; k > first && joined(k) && CAPITAL_WORD.test(words[k - 1]!.text); k--)
    if (ordinary(k - 1)) return true;
  return false;
}
const RUN_REACH = 12;

const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
// "SPO (see below)", "ETE (he had stopped his course)": a bracket that says something else, whatever its first letter.
const ASIDE_OPENING = /^(?:see|he|she|they|it|which|who|now|not|formerly|below|above|as|this|that|cf|i\.e|e\.g)\b/i;
/** Whether the words in a bracket start as the acronym's expansion would: with its first letter, and no aside. */
const opensWithInitial = (inside: string, form: string) => {
  const words = inside.trim().replace(LEADING_ARTICLE, "");
  return !ASIDE_OPENING.test(words) && words[0]?.toLowerCase() === form[0]!.toLowerCase();
};

/**
 * Acronym-shaped tokens of a block, with whether each is spelt out where it stands. Identifiers
 * from the register (`identifiers`), the allowlist, postcodes ("AN1 2XY") and
 * the letters of National Insurance numbers are skipped. In a
 * hyphenated compound that is not itself an acronym ("MAPPA-eligible", "non-OASys"), the acronym
 * part counts.
 */
export function findAcronyms(block: TextBlock, identifiers: ReadonlySet<string>): AcronymOccurrence[] {
  const out: AcronymOccurrence[] = [];
  const { text, words } = block;
  // The word after a first name in capitals is its surname when it is in capitals too ("KYLE MOSS").
  let afterName = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const form = bareForm(word.text);
    const surname =
      afterName && isCapitalLetters(form) && !lookupAcronym(form) && isSpace(text.charCodeAt(word.from - 1));
    afterName = isNameInCapitals(form);
    if (isAcronymShaped(form) && !PREFIX.test(form) && !afterName && !surname) {
      if (!isShouted(block, i, form)) add(out, text, form, word.from, identifiers);
    } else if (word.lower !== word.text && form.includes("-")) {
      if (form.split("-").some((part) => CODE_NUMBER.test(part))) continue;
      let from = word.from;
      for (const part of form.split("-")) {
        if (isAcronymShaped(part)) add(out, text, part, from, identifiers);
        from += part.length + 1;
      }
    }
  }
  // "A&E", "L&D": capitals joined by an ampersand, which the words of a block split apart.
  if (text.includes("&")) {
    // Only the dictionary's: "B&Q" and "M&S" are shops.
    for (const m of allMatches(AMPERSAND_ACRONYM, text))
      if (lookupAcronym(m[0])) add(out, text, m[0], m.index ?? 0, identifiers);
    sortByFrom(out);
  }
  return out;
}

/** Whether an unknown postcode-shaped token stands where a district does: after a preposition, a town or another district. */
function districtPlaced(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 30), from);
  if (PLACE_PREPOSITION_BEFORE.test(before)) return true;
  const town = TOWN_BEFORE.exec(before)?.[1];
  return town !== undefined && looksLikeTown(town) && !SERVICE_NOUN_AFTER.test(text.slice(to, to + 20));
}

const RECORD_FORENAME_AFTER = /^,[^\S\n]*\p{Lu}\p{Ll}+(?![\p{L}'’-])/u;

function add(
  out: AcronymOccurrence[],
  text: string,
  form: string,
  from: number,
  identifiers: ReadonlySet<string>,
): void {
  if (isAllowlistedAcronym(form) || identifiers.has(form)) return;
  if (NUMBERED_FORM.test(form) && !lookupAcronym(form)) return;
  const to = from + form.length;
  if (inPrisonName(text, form, from, to)) return;
  if (
    POSTCODE_OUTWARD.test(form) &&
    /\d/.test(form) &&
    (POSTCODE_INWARD.test(text.slice(to, to + 5)) ||
      DISTRICT_AFTER.test(text.slice(to, to + 40)) ||
      DISTRICT_BEFORE.test(text.slice(Math.max(0, from - 40), from)) ||
      (!lookupAcronym(form) && districtPlaced(text, from, to)))
  )
    return;
  if (form.length === 2 && NI_NUMBER_TAIL.test(text.slice(to, to + 12))) return;
  // "STOKOE, Kaiden", a record's surname before its forename: no acronym the dictionary lacks.
  if (
    form.length >= 4 &&
    RECORD_FORENAME_AFTER.test(text.slice(to, to + 30)) &&
    /[AEIOUY]/.test(form) &&
    !lookupAcronym(form)
  )
    return;
  if (REGISTRATION_WHOLE.test(form)) return;
  if (REGISTRATION_FIRST.test(form) && REGISTRATION_SECOND_AFTER.test(text.slice(to, to + 5))) return;
  if (form.length === 3 && REGISTRATION_FIRST_BEFORE.test(text.slice(Math.max(0, from - 6), from))) return;
  if (
    form.length === 3 &&
    !lookupAcronym(form) &&
    PREFIX_REGISTRATION_FIRST_BEFORE.test(text.slice(Math.max(0, from - 48), from))
  )
    return;
  const before = text.slice(Math.max(0, from - 2), from);
  const after = text.slice(to, to + 2);
  let expanded = false;
  if (/[([]$/.test(before) && /^s?[)\]]/.test(after)) {
    const preceding = text.slice(Math.max(0, from - 80), from - 1);
    expanded =
      /\p{L}{2,}[^()[\]]*\s*$/u.test(preceding) && !/[.!?]\s*$/.test(preceding) && spelledBefore(preceding, form);
  } else {
    const m = /^s?\s?[([]([^)\]]{3,120})[)\]]/.exec(text.slice(to, to + 125));
    // "SPN (Serious ... )" spells it out; "The ETE (he had stopped his course) plan" says something else.
    if (m && /\p{L}{2,}\s+\p{L}{2,}/u.test(m[1]!) && opensWithInitial(m[1]!, form)) expanded = true;
    else expanded = glossaryLineAt(text, form, from, to);
  }
  out.push({ form, key: acronymKey(form), from, to, expanded, known: !!lookupAcronym(form) });
}

// The words an expansion may take: back to a colon, semicolon or bracket ("Domestic Abuse, Stalking and
// Harassment (DASH)" keeps its commas, "Dept. for Work and Pensions (DWP)" its full stop).
const BEFORE_BRACKET = /(?:^|[;:!?()[\]])([^;:!?()[\]]*)$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
// Generic words that may follow an expansion: "Offender Personality Disorder pathway (OPD)", "Domestic Abuse,
// Stalking, Harassment and Honour Based Violence (DASH)".
const TRAILING_WORDS = 4;
const NUMBER = /^\p{N}+$/u;
const PLURAL_S = /(?<=\p{Lu})s$/u;
const FUNCTION_WORDS = new Set(["and", "of", "the", "for", "in", "on", "to", "a", "an", "with", "at", "by", "or"]);

/**
 * Whether the words before "(ACR)" spell it: a run of them, each word that is not a number or a function word
 * giving one or more of its letters in order, the first being its initial, at least two words giving letters,
 * and a few generic words after them ("Offender Personality Disorder pathway (OPD)"). "risk of serious harm (RoSH)", "Offender Assessment
 * System (OASys)" and "Domestic Abuse, Stalking and Harassment (DASH)" spell theirs; "Police (DS)" and "Children's
 * Social Care and Probation (SPO)" in an attendance list do not: the bracket says who came.
 */
function spelledBefore(preceding: string, form: string): boolean {
  // "Members of Parliament (MPs)": the plural's s is no letter of the acronym.
  const letters = form
    .replace(PLURAL_S, "")
    .replace(/[^\p{L}]/gu, "")
    .toLowerCase();
  if (!letters) return true;
  const clause = BEFORE_BRACKET.exec(preceding)?.[1] ?? preceding;
  const words = [...clause.matchAll(WORD)].map((m) => m[0].toLowerCase()).slice(-12);
  const search = new SpellingSearch(words, letters);
  for (let start = 0; start < words.length; start++)
    if (
      words[start]![0] === letters[0] &&
      (search.spells(start, 0, 0) || (letters.length > 1 && search.initials(start, 0, 1)))
    )
      return true;
  return false;
}

function optionalWord(word: string): boolean {
  return NUMBER.test(word) || FUNCTION_WORDS.has(word);
}

/** The search behind `spelledBefore`: whether a run of the clause's last words spells the acronym's letters. */
class SpellingSearch {
  readonly #memo = new Map<number, boolean>();
  constructor(
    readonly words: readonly string[],
    readonly letters: string,
  ) {}

  #trailingOk(w: number): boolean {
    let content = 0;
    for (let i = w; i < this.words.length; i++) if (!optionalWord(this.words[i]!)) content++;
    return content <= TRAILING_WORDS;
  }

  /**
   * Whether words[w…] spell letters[k…], with c (at most 2) words giving letters so far. One word never spells a
   * whole acronym alone: "Police (PC)", "Housing (HO)" in an attendance list.
   */
  spells(w: number, k: number, c: number): boolean {
    const { words, letters } = this;
    if (k === letters.length) return c >= 2 && this.#trailingOk(w);
    if (w === words.length) return false;
    const key = (w * 64 + k) * 3 + c;
    const known = this.#memo.get(key);
    if (known !== undefined) return known;
    const word = words[w]!;
    let result = optionalWord(word) && this.spells(w + 1, k, c);
    if (!result && word[0] === letters[k]) {
      // The word gives letters[k…k+n-1], in order within it.
      let at = 1;
      for (let n = 1; !result && k + n <= letters.length; n++) {
        if (n > 1) {
          at = word.indexOf(letters[k + n - 1]!, at) + 1;
          if (at === 0) break;
        }
        result = this.spells(w + 1, k + n, Math.min(2, c + 1));
      }
    }
    this.#memo.set(key, result);
    return result;
  }

  /** Initials alone may skip one word: "Ministers receive correspondence (MC)". */
  initials(w: number, k: number, skips: number): boolean {
    const { words, letters } = this;
    if (k === letters.length) return this.#trailingOk(w);
    if (w === words.length) return false;
    const word = words[w]!;
    if (word[0] === letters[k] && this.initials(w + 1, k + 1, skips)) return true;
    return optionalWord(word) ? this.initials(w + 1, k, skips) : skips > 0 && this.initials(w + 1, k, skips - 1);
  }
}

const LINE_START_BEFORE = /(?:^|\n)[ \t]*(?:[•*·–-][ \t]+)?$/;
const DEFINED_AFTER = /^[ \t]*(?:[–—-]|:)[ \t]+([^.;:()\n]{3,120})/;

/**
 * Whether the acronym opens a line that defines it, as a glossary list does: "MAPPA – Multi-Agency Public
 * Protection Arrangements", "• PSR: pre-sentence report". The words after the dash must start with its letters.
 */
function glossaryLineAt(text: string, form: string, from: number, to: number): boolean {
  if (!LINE_START_BEFORE.test(text.slice(Math.max(0, from - 4), from))) return false;
  const definition = DEFINED_AFTER.exec(text.slice(to, to + 125))?.[1];
  if (!definition) return false;
  const initials = definition
    .split(/[\s/-]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w[0]!.toLowerCase());
  const letters = form.replace(/[^\p{L}]/gu, "").toLowerCase();
  if (initials[0] !== letters[0]) return false;
  // Each letter of the acronym in order among the initials ("risk of serious harm" spells RoSH).
  let k = 0;
  for (const initial of initials) if (initial === letters[k]) k++;
  return k === letters.length;
}
