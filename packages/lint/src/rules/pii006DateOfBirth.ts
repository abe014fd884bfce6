import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { piiSeverity } from "./piiSeverity.js";
import { allMatches } from "../engine/allMatches.js";
import { sortByFrom } from "../engine/sortByFrom.js";
import { isEnglishWord } from "../text/englishWords.js";
import { lookupAcronym } from "../text/acronymDictionary.js";

// English months and their abbreviations, and the Welsh months of bilingual letters and forms.
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4})(?![\\d/.-]\\d)`;
// Up to seven words may sit between the cue and the date ("DOB on the victim contact form is …", "date of birth is
// recorded as …", "born in Leeds on …", "Date of birth (claimed): …", "DOB (V1): …", "Date of birth for L. Stankevicius:
// …"), but not a negation, a clause break or a new line ("date of birth was not known until …", "DOB: withheld\nDate
// notified: …").
const FILLER =
  "(?:(?!(?:not|never|unknown|withheld|redacted|and|but|or|until|after|before|since|while|although|however|when|dob)(?![\\p{L}]))(?:\\p{Lu}\\.|\\p{L}[\\p{L}\\p{N}'’]*)(?:[^\\S\\n]|[,):])+){0,7}?";
const PATTERN = new RegExp(
  `(?<![\\p{L}])(?:D\\.?O\\.?B\\.?|date\\s+of\\s+birth|birth\\s+date|born|dyddiad\\s+geni|ganwyd)(?![\\p{L}])[\\s:=,(–-]*${FILLER}\\(?\\s*(${DATE})`,
  "giu",
);
// A year of birth alone ("aged 41 (born 1983)", "born in 1983") dates the person as a full date does;
// "born in the 1980s" does not.
const BORN_CUE = /^(?:born|ganwyd)/i;
const ANIMAL_BEFORE =
  /\b(?:dog|dogs|puppy|puppies|pup|pups|litter|bitch|cat|kitten|horse|foal|mare|pony|cob|calf|lamb|animal|gelding|stallion|colt|filly|donkey|donkeys|mule|jenny|foals|ewe|heifer|bullock|alpaca|llama)\b[^.;!?\n]{0,40}$/i;
// "The horse passport for the mare gives her birth date as 4 April 2014": an animal's papers.
const ANIMAL_PAPERS_BEFORE =
  /\b(?:horse|pony|donkey|dog|cat|pet|animal|equine)\s+(?:passport|microchip|chip|papers|pedigree)\b[^.;!?\n]{0,50}$/i;
// "The SI (14/08/1991) turned 35": a date before this century in brackets beside the person, as a record gives a date
// of birth; an event's date in brackets is this century's.
// "Kolgjini (17/06/1984)", "The SI (Ramunas Tickner, 03/03/1991)": a surname alone, or the name inside the brackets.
const BRACKETED_BESIDE_PERSON =
  /\b(?:[Tt]he\s+(?:SI|victim|supervised\s+individual|person\s+on\s+probation)|(?:SI|PP|SPO|W|V)\d{0,2}|\b(?:[A-Z][a-z]+\s+)?(?:Mc|O['’])?[A-Z][A-Za-z'’-]{2,})\s*\((?:[A-Z][a-z]+\s+(?:Mc|O['’])?[A-Z][A-Za-z'’-]+,\s*)?(\d{1,2}[/.-]\d{1,2}[/.-](?:19\d{2}|200\d))\)/g;
// "CATCOTT, Badri, 17/11/1988, of …", "Cuffley, Goderdzi | 11/03/1987 |": a record's name, surname first, then a date
// before this decade's, as a record gives a date of birth.
const AFTER_RECORD_NAME =
  /\b(?:Mc|O['’])?[A-Z][A-Za-z'’-]{2,},[^\S\n]*[A-Z][a-z][A-Za-z'’-]*[^\S\n]*[,|][^\S\n]*(\d{1,2}[/.-]\d{1,2}[/.-](?:19\d{2}|200\d|201[0-2]))(?![\d/.-])/g;
// "Item 2: Sitraka Andrianaivo, 22/07/1986, CRN Z896412": a person's name, a date before this decade's, then a case
// identifier, as a list of people gives dates of birth.
const NAME_DATE_IDENTIFIER =
  /\b[A-Z][a-z][A-Za-z'’-]+[^\S\n]+(?:Mc|O['’])?[A-Z][A-Za-z'’-]{2,},[^\S\n]*(\d{1,2}[/.-]\d{1,2}[/.-](?:19\d{2}|200\d|201[0-2])),[^\S\n]*(?:CRN|PNC|NOMIS|NI\s+(?:no|number)|NHS\s+(?:no|number))\b/g;
// "KINGLASSIE | Vahagn | 09/08/1988 |", "Yunus Otterden | 03/08/1996 | N805316", "Vychan, Gerallt | CRN V811437 |
// 19/08/1981", "Identifiers | RUDZITIS | 19/08/2004": a table row's person, then (after an identifier's cell at most) a
// date before this decade's; not an offence's row ("Burglary | 12/03/2009"), whose words are the language's.
const ROW_NAME_DATE =
  /(?:^|\|)[^\S\n]*((?:[A-Z]\.[^\S\n]?)?(?:Mc|O['’])?[A-Z][A-Za-z'’-]+(?:,?[^\S\n]+(?:Mc|O['’])?[A-Z][A-Za-z'’-]+)?)[^\S\n]*\|(?:[^\S\n]*([A-Z][a-z][A-Za-z'’-]*)[^\S\n]*\|)?(?:[^\S\n]*(?:CRN|PNC|NOMIS|NI)?[^\S\n]*[A-Z]{0,2}\d[A-Z\d/ -]{3,14}[^\S\n]*\|)?[^\S\n]*(\d{1,2}[/.-]\d{1,2}[/.-](?:19\d{2}|200\d|201[0-2]))[^\S\n]*(?=\||$)/gm;
// "VICTIM: CORAY LEZA 03/05/2021", "SECOND SUSPECT: TSCHUOR CHATRINA 22/07/1997": a police log's party, in capitals,
// then their date of birth.
const LOG_PARTY_DATE =
  /\b(?:VICTIM|SUSPECT|SECOND[^\S\n]+SUSPECT|OFFENDER|WITNESS|SUBJECT|THIRD[^\S\n]+PARTY|CALLER|DETAINED|ARRESTED)[^\S\n]*:[^\S\n]*(?:[A-Z][A-Z'’-]+[^\S\n]+){2,3}(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})(?![\d/.-])/g;
const CAPITALISED_SURNAME = /^[A-Z]{4,}$/;
const rowOfName = (m: RegExpExecArray) => {
  const words = [...m[1]!.replace(",", "").split(/[^\S\n]+/), ...(m[2] ? [m[2]] : [])];
  const person = words.length >= 2 || (words.length === 1 && CAPITALISED_SURNAME.test(words[0]!));
  return person && words.every((w) => !isEnglishWord(w.toLowerCase()) && !lookupAcronym(w));
};
const BORN_YEAR = /(?<![\p{L}])born\s+(?:in\s+)?(?:19|20)\d{2}(?![\p{L}\d/-]|\.\d)/giu;
/** Any full date, for the dates that follow a date of birth in its sentence. */
const ANY_DATE = new RegExp(`(?<![\\p{L}\\d])${DATE}`, "giu");
/** Years this far either side of a date of birth's year make a later date in its sentence another one ("recorded as 3 May 1990 but as 5 March 1990"). */
const DOB_YEAR_SLACK = 2;

const ISO_DATE = /^\d{4}-/;
const TRAILING_DIGITS = /\d+$/;

/** The year of a date matched by DATE: the leading four digits of an ISO date, else the trailing two or four digits. */
function yearOf(date: string): number {
  return Number(ISO_DATE.test(date) ? date.slice(0, 4) : TRAILING_DIGITS.exec(date)![0]);
}

/** Whether two years are within the slack of each other; two-digit years ("02/05/91") compare by their last two digits. */
function nearYears(a: number, b: number): boolean {
  if (a >= 100 && b >= 100) return Math.abs(a - b) <= DOB_YEAR_SLACK;
  const d = (((a - b) % 100) + 100) % 100;
  return d <= DOB_YEAR_SLACK || d >= 100 - DOB_YEAR_SLACK;
}

const MESSAGE = "Date of birth: remove it, or give the age only if it is relevant.";
const YEAR_MESSAGE =
  "Year of birth: it dates the person as an age does; keep it only if the age is relevant, and not beside their name.";
// "He was born in 1991" and "Born in 1979, he qualified in 2011" say an age, which the guidance does not flag by
// default; "Liam, born in 1984," and "(born 1983)" set a year of birth beside a name, as a record does.
const YEAR_ONLY = /^born\s+(?:in\s+)?\d{4}$/i;
const SAID_BEFORE = /(?:\b(?:was|is|were|being|been)\s+|(?:^|[.!?;]\s+))$/;

/** Whether a year of birth alone is said in a sentence, as an age is, rather than set beside a name. */
function yearSaid(text: string, from: number, to: number): boolean {
  return YEAR_ONLY.test(text.slice(from, to)) && SAID_BEFORE.test(text.slice(Math.max(0, from - 12), from));
}

/**
 * PII-006: a date of birth ("DOB 02/05/1991", "born on 3 May 1990", "date of birth is recorded as 23.04.1995")
 * or a year of birth ("born 1983"),
 * and a later full date in the same sentence whose year is within two years of it (a second, conflicting
 * record of the same date of birth); other dates and ages are not flagged.
 */
export const pii006DateOfBirth: BlockRule = {
  ids: ["PII-006"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    const { text } = block;
    // "According to the chip, the dog was born on 02/05/2021": an animal's birth, not a person's.
    const matches = allMatches(PATTERN, text).filter(
      (m) =>
        !(BORN_CUE.test(m[0]) && ANIMAL_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) &&
        !ANIMAL_PAPERS_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index)),
    );
    // "Jasper, a gelding born in 2005": an animal's year of birth too.
    const years = allMatches(BORN_YEAR, text).filter(
      (y) =>
        !matches.some((m) => y.index < m.index + m[0].length && y.index >= m.index) &&
        !ANIMAL_BEFORE.test(text.slice(Math.max(0, y.index - 50), y.index)),
    );
    const rows = text.includes("|") ? allMatches(ROW_NAME_DATE, text).filter(rowOfName) : [];
    const bracketed = [
      ...[
        ...allMatches(BRACKETED_BESIDE_PERSON, text),
        ...allMatches(AFTER_RECORD_NAME, text),
        ...allMatches(NAME_DATE_IDENTIFIER, text),
        ...allMatches(LOG_PARTY_DATE, text),
      ].map((m) => {
        const from = m.index + m[0].lastIndexOf(m[1]!);
        return [from, from + m[1]!.length] as const;
      }),
      ...rows.map((m) => {
        const from = m.index + m[0].lastIndexOf(m[3]!);
        return [from, from + m[3]!.length] as const;
      }),
    ];
    if (matches.length === 0 && years.length === 0 && bracketed.length === 0) return [];
    const spans = [...[...matches, ...years].map((m) => [m.index, m.index + m[0].length] as const), ...bracketed];
    // The shareable copy keeps every year of birth at the rule's severity: it leaves the organisation.
    const found = spans.map(([from, to]) =>
      yearSaid(text, from, to) && !ctx.shareable
        ? createFinding("PII-006", "info", text, from, to, YEAR_MESSAGE)
        : createFinding("PII-006", severity, text, from, to, MESSAGE),
    );
    for (const m of matches) {
      const year = yearOf(m[1]!);
      const after = m.index + m[0].length;
      const end = block.sentenceAt(m.index)?.to ?? text.length;
      if (after >= end) continue;
      ANY_DATE.lastIndex = after;
      for (let d = ANY_DATE.exec(text); d && d.index < end; d = ANY_DATE.exec(text)) {
        const from = d.index;
        const to = from + d[0].length;
        if (to > end || !nearYears(yearOf(d[0]), year)) continue;
        if (spans.some(([f, t]) => from < t && to > f)) continue;
        spans.push([from, to]);
        found.push(createFinding("PII-006", severity, text, from, to, MESSAGE));
      }
    }
    return sortByFrom(found);
  },
};
