import pii from "../data/piiLexicon.json" with { type: "json" };
import { isCapitalisedWord, isStrongAcronym, lookupAcronym } from "../text/acronymDictionary.js";
import { coordinatedWithPlace, isKnownPlace, looksLikeTown } from "../text/findPersonNames.js";
import { foldName, isKnownFirstName } from "../text/firstNames.js";
import { isEnglishWord } from "../text/englishWords.js";
import { isListedSurname } from "../text/surnames.js";
import { insideAddressOrHandle, lowerCaseStretches } from "../text/writtenWithoutCapitals.js";
import {
  articleBefore,
  inFixedPhrase,
  joinedToProperNoun,
  isMonthUse,
  MONTH_NAMES,
  partOfOtherProperNoun,
  hospitalWardAt,
  personFollows,
  modifiesPluralSubject,
  sentenceInitial,
  signatureAt,
  speakerLabelAt,
  titleCaseWordAfter,
} from "../text/nameContext.js";
import type { RegisterEntry } from "../LintContext.js";
import { escapeRegExp } from "../text/escapeRegExp.js";
import { cueAlternation } from "../text/cueAlternation.js";
import { sortByFrom } from "../engine/sortByFrom.js";
import { titleCase } from "../text/titleCase.js";

const THE_AND_WORD_BEFORE = /\b[Tt]he\s+\p{Ll}+\s+$/u;
const THE_BEFORE = /\b[Tt]he\s+$/;
const WEEKDAY_WORD =
  /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?$|^(?:Wednesday|Tuesday|Thursday|Saturday)$/;
/**
 * Whether a one-word name opening a sentence is the stuff of a trade by what follows it (`to` is its end): what is
 * done to stuff or said of a thing ("Hoggin is stockpiled", "Crust is the part customers complain about"), a thing's
 * number ("Chute 3"), a capitalised word of the language ("Chock Locker keys"), a noun it heads ("Puffer work is
 * done"); for a word of the language, also what it orders ("Chock the wheels").
 */
function stuffOfTradeAt(text: string, to: number, value: string): boolean {
  const after = text.slice(to, to + 60);
  if (STUFF_DONE_TO_AFTER.test(after) || THING_SAID_AFTER.test(after) || NUMBERED_AFTER.test(after)) return true;
  if (STUFF_SETS_AFTER.test(after) || PLURAL_VERB_AFTER.test(after) || STUFF_LIES_AFTER.test(after)) return true;
  if (ROLE_LABEL_AFTER.test(after)) return true;
  if (isEnglishWord(titleCaseWordAfter(text, to)?.toLowerCase() ?? "-")) return true;
  // A name heads no noun: "Lathekin work is slow" is the tool's, whatever the word.
  return NOUN_HEADED_AFTER.test(after) || (isEnglishWord(value.toLowerCase()) && ORDER_AFTER.test(after));
}
// What is done to a commodity, not to a person.
const STUFF_DONE_TO_AFTER =
  /^\s+(?:is|was|are|were)\s+(?:(?:usually|often|always|then|also|only|still)\s+)?(?:set(?!\s+to\b)|sold|bought|stocked|stored|stockpiled|weighed|bagged|priced|burnt|burned|mixed|dried|tipped|shovelled|loaded|supplied|poured|sprayed|spread|refilled|sieved|graded|screened|cleared|rolled|crimped|baked|compacted|raked|dyed|wound|trimmed|stitched|glued|sewn|spun|woven|carved|sanded|planed|steamed|soaked|piled|stacked|heaped|laid|crushed|scattered|used(?=\s+(?:for|as)\b|\s+to\s+(?![a-z]+ing\b)))\b/;
// Where stuff lies and what it is like: "Kelp and shingle covered the slipway", "Kelp on the rocks made the exit
// slippery", "Kelp was thick on the slipway".
const STUFF_LIES_AFTER =
  /^\s+(?:(?:and|or)\s+\p{Ll}{3,}\s+(?:covered|were|are|lay|filled|blocked|littered)|(?:on|in|under|over|along|across)\s+the\s+\p{Ll}+\s+(?:made|covered|blocked|clogged)|(?:is|was|were|are)\s+(?:thick|slippery|rotten|strewn|everywhere|piled))\b/u;
// A post the word names on a roster: "Funnel manager: Ormesher".
const ROLE_LABEL_AFTER = /^\s+(?:manager|support|lead|leader|marshal|director|keeper|checker|duty|rota|team)\s*:/;
// A verb for many, which one person never takes: "Tongs with spade ends are the usual tool".
const PLURAL_VERB_AFTER = /^(?:\s+(?:with|of|for|in|on|from)(?:\s+[\p{Ll}-]+){1,3}?)?\s+(?:are|were)\b/u;
// What only stuff must do: "Gesso must dry for a day", "Mortar needs to set".
const STUFF_SETS_AFTER = /^\s+(?:must|should|needs\s+to|has\s+to|will)\s+(?:dry|set|cure|harden|settle|cool)\b/;
// Said to be a thing: "Hoggin is a mix of clay", "Crust is the part customers complain about".
const THING_SAID_AFTER =
  /^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:thing|part|mix|mixture|load|kind|type|sort|material|product|item|word|term|stuff|tool|machine|width|length|depth|size|gap|amount|measure|note|base|oil|powder|grit|shell|paste|resin|residue)\b/u;
// An order, not a subject: "Chock the wheels", "Chock every vehicle".
const ORDER_AFTER = /^\s+(?:the|every|each|all|any|your|both)\s/;
// "Chute 3 was out of use": a thing's number.
const NUMBERED_AFTER = /^\s+\d/;
// A noun after the word, then its verb: "Puffer work is done", "Batter boards were set", "Cringle wear on the club's
// sails was the most common repair".
const NOUN_HEADED_AFTER =
  /^\s+(?!(?:then|also|still|never|always|often|now|later|today|here|there|himself|herself|alone|too|once|again|soon|first|last|and|or|but)\s)\p{Ll}{3,}(?<!ly|ed)(?:\s+(?:on|of|in|at|for|from)\s+(?:the\s+|a\s+)?(?:[\p{Ll}'’-]+\s+){0,2}?[\p{Ll}'’-]+)?\s+(?:is|was|has|takes|needs|starts|begins|rotates)\b/u;

const PARTICLES = new Set(pii.nameParticles);
const CAPITALISED_MIDDLE = /^\p{Lu}\p{Ll}{2,}$/u;
const SHARED_MIDDLES: ReadonlySet<string> = new Set(["Singh", "Kaur", "Bibi", "Begum", "Devi", "Kumar", "Kumari"]);
const LOWER_PLACE_AFTER = /^\s+(?:street|st|road|rd|lane|avenue|close|drive|way|park|estate|court|farm|house)\b/;
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;
const SHORTENABLE = /^\p{Lu}\p{Ll}{5,}$/u;
const NOT_SHORT_FORMS: ReadonlySet<string> = new Set([
  ...pii.titles,
  ...pii.wordTitles,
  ...pii.ukPlaces,
  ...pii.surnamesNotPeople,
  ...pii.vehicleMakes,
  ...pii.organisationNames,
  ...pii.notNames,
  ...pii.notShortForms,
]);
// Endings that make a pet form of a first name's first three to five letters; not "s", which makes plurals ("Arabs").
// "Shez" for Sheryl, "Shaz" for Sharon: the English "z" ending too; "Jaki" for Jakobina, "Szabi" for Szabolcs: the "i".
// Three letters that begin a long first name and are an abbreviation too ("a Reg 28 report", "Gov Smith").
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  "reg gov sec dep div col gen ref est inc ext max min ave rev vol fig tel mob dob def pro con app doc med rec vet lab cap sgt cpl adm ass dir mgr".split(
    " ",
  ),
);
const PLACE_WORDS: ReadonlySet<string> = new Set(pii.placeWords);
// Words that begin a first name and do a sentence's grammar ("The" for Theodora, "Will" for William): never a short form.
const WORD_FORM_EXCLUDED: ReadonlySet<string> = new Set(
  "the then them they this that than thee her hers his him she was were had has not all any can may might must will shall our out who how why its one two few new old own per via yet off did don now when what with been also into from some much most more each such only over very just here there where ever even well".split(
    " ",
  ),
);
const PET_ENDINGS = ["ie", "y", "ey", "o", "ek", "z", "i"];
// After a pet form, a lower-case word that may follow a person ("Bronek every four weeks", "Ermie and Maelor"); any
// other makes the form a word's modifier ("Nato forces", "a Rolo yoghurt").
const NUMBER_AFTER_SHORT_FORM = /^[^\S\n]+\d/;
const PET_NEXT_WORD = /^[^\S\n]+(\p{Ll}+)/u;
const AFTER_A_PERSON: ReadonlySet<string> = new Set(
  "and or to at in on by as every whether if when about for from with who whom whose had has have was is were said says told asked rang called wrote would could will can may might must should shall did does do thought felt knew now then also never first still later again himself herself themselves".split(
    " ",
  ),
);
// What a person does, as the next word: "Ermie initially refused", "Bronek attended", "Ermie continues to engage".
const PERSON_VERB_SHAPE = /(?:ly|ed)$/;
const VERB_S_SUBJECT =
  /^(?:accepts|continues|says|attends|agrees|denies|refuses|reports|works|lives|wants|needs|knows|thinks|feels|remains|keeps|admits)$/;
const NOT_PET_FORMS: ReadonlySet<string> = new Set([...pii.countries, ...pii.prisonGazetteer]);
const REFERENCE_NUMBER_AFTER = /^[-/]\d/;
const NUMBER_LABEL_BEFORE = /\b(?:PNC|CRO|NHS|NI|NOMIS|ViSOR|[Ss]taff|[Uu]ser|[Pp]hoto|[Ee]mployee)\s+$/;
// A fund, trust or bench in someone's memory; not a hall or a monument ("the Albert Memorial", "Wellington Memorial Hall").
const PRONOUN_INITIAL = /^[IA] \p{Lu}/u;
// "Pawley's Bakery on Colquite Road": a business named with a surname, not the registered person of that name.
// Capitalised only: "Ferrie's kitchen" is hers, "Ferrie's Kitchen" a business.
const BUSINESS_AFTER_POSSESSIVE = new RegExp(
  `^['’]s\\s+(?:Shop|Butcher|Newsagents?|Yard|${pii.firmWordsAfterPossessive.map(escapeRegExp).join("|")})\\b`,
  "u",
);
// "Kirpal Cash & Carry reopened": a business named with the first name alone.
const BUSINESS_AFTER = new RegExp(
  `^[^\\S\\n]+(?:${pii.firmWordsAfterPossessive.map(escapeRegExp).join("|")})\\b(?!['’])`,
  "u",
);
// "The Sir Harcourt Tilbrook NHS Foundation Trust": a body named after someone, an acronym before its last words.
const NAMED_BODY_AFTER = new RegExp(
  `^\\s+\\p{Lu}{2,}(?:\\s+\\p{Lu}\\p{Ll}+){0,2}?\\s+(?:${pii.namedAfterWords.map(escapeRegExp).join("|")})\\b`,
  "u",
);
// "Gulliver's Travels was found", "Dorrell's Cafe on Scotby Road": a title or a business, a capitalised word after the
// surname's 's.
// Not "Osei-Tutu's National Insurance number" nor "Dzhabrailov's Telegram handle": the person's own thing.
const PROPER_NOUN_AFTER_POSSESSIVE =
  /^['’]s\s+(\p{Lu}\p{Ll}+)(?=\s*[,.;:)]|\s+(?:was|is|were|are|had|has|and|in|on|at|from|by|for|to|with)\b)/u;
const KIN_OR_TITLE_AFTER: ReadonlySet<string> = new Set(
  "Mum Mother Dad Father Brother Sister Nan Gran Wife Husband Son Daughter Partner Girlfriend Boyfriend Mr Mrs Ms Dr".split(
    " ",
  ),
);
// "Haskett & Sons, a removals firm": a family firm, not the registered person of that surname.
const FAMILY_FIRM_AFTER = /^\s+(?:&|and)\s+(?:Sons?|Co\b|Daughters?|Partners)\b/;
// "Tamsett & Pruett, the solicitors in Brackenford": two surnames joined as a firm that the sentence names as one.
const FIRM_PAIR_AFTER =
  /^\s*&\s*\p{Lu}\p{Ll}+,\s+(?:the|a)\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:solicitors|accountants|firm|practice|agents|vets|builders)\b/u;
const FIRM_PAIR_BEFORE = /\p{Lu}\p{Ll}+\s*&\s*$/u;
// "Tamsett & Pruett Solicitors": the firm's own ending.
const FIRM_PAIR_ENDING_AFTER =
  /^\s*&\s*\p{Lu}\p{Ll}+\s+(?:Solicitors|LLP|Ltd|Limited|Accountants|Associates|Partners)\b/u;
const FIRM_APPOSITIVE_AFTER =
  /^,\s+(?:the|a)\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:solicitors|accountants|firm|practice|agents|vets|builders)\b/u;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;
const MEMORIAL_AFTER =
  /^\s+Memorial\s+(?:Fund|Trust|Lecture|Bench|Service|Appeal|Garden|Award|Scholarship|Cup|Trophy)\b/;
// Months and days as notes shorten them: "seen 3 jan", "next appt tues", whoever is called Jan.
// What is said of a person written in lower case: a contact before, a message's verb or a turn after.
const LOWER_PERSON_BEFORE =
  /\b(?:from|to|told|tell|asked|ask|rang|ring|called|call|texted|text|messaged|message|saw|see|met|meet|visited|hit|owes|owe|said)\s+$/;
const LOWER_PERSON_AFTER =
  /^(?:\s+(?:said|says|read|reads|wrote|writes|texted|rang|just|should|will|would|can|could|to|pls|u|ur|has|had)\b|:)/;
const lowerPersonAt = (text: string, from: number, to: number) =>
  LOWER_PERSON_BEFORE.test(text.slice(Math.max(0, from - 12), from)) ||
  LOWER_PERSON_AFTER.test(text.slice(to, to + 10));
const NOTE_DATE_WORDS = new Set(
  "jan feb mar apr may jun jul aug sep sept oct nov dec mon tue tues wed weds thu thur thurs fri sat sun".split(" "),
);

/** Which kind of person a register entry is, deciding the PII rule that fires. */
export type PersonKind = "staff" | "victim" | "supervised" | "rm" | "other";

/** A mention of a registered person in a text. */
export interface RegisterHit {
  from: number;
  to: number;
  entry: RegisterEntry;
  kind: PersonKind;
  variant: "full" | "first" | "surname" | "initials";
}

/** The people register compiled once into matchers. */
export interface CompiledRegister {
  entries: readonly RegisterEntry[];
  identifiers: ReadonlySet<string>;
  /** Whether the register names the supervised individual (by role, or by the identifier "SI") with a surname. */
  namesSupervised: boolean;
  /** Identifiers of staff flagged for TONE-006 (pronouns unconfirmed or identifiable by gender). */
  pronounSensitive: ReadonlySet<string>;
  find(text: string): RegisterHit[];
}

// A registered name that is a trade, a plant or a colour ("Uchenna Painter", "Marigold Achterberg") is the word at a
// sentence's start ("Painter and decorator jobs", "Marigold gloves"); elsewhere, unregistered, such a name is read
// as any other ("Oduya Turner arrived", "Jet Morrow arrived late").
const COMMON_WORD_NAMES = new Set([...pii.commonWordNames, ...pii.registerWordNames]);
// A rank or title before someone's name ("DS Luck", "PO Tregear"): the title, even where a registered person has those initials.
const TITLE_INITIALS = new Set(pii.titles.filter((t) => /^[A-Z0-9/]{2,4}$/.test(t)));
// "DS Luck", "DS May", "DS. Okafor"; not "agreed with DS. She …" or "by DS Tuesday".
const NAME_AFTER_TITLE =
  /^(\.?)[^\S\n]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(\p{Lu}\p{Ll}[\p{L}'’-]*)/u;
// "Jet and her brother", "Sable and Jet", "Onyx, her cousin, …": someone with a person beside them.
const AND_WORD_AFTER = /^\s+and\s+(\p{L}+)/u;
const KIN_AFTER = /^,\s+(?:his|her|their)\s+\p{Ll}+,/u;
// "Thatch, Mulch and Haddrell met": the next name of a list closed by "and", and the list's last name before a
// lower-case word (not a firm's: "Thatch and Haddrell Solicitors").
const LIST_NEXT_AFTER = /^,\s+(\p{Lu}\p{Ll}+)(?=(?:,\s+\p{Lu}\p{Ll}+)*,?\s+(?:and|&)\s+\p{Lu})/u;
const LIST_MATE_BEFORE = /(\p{Lu}\p{Ll}+),\s+$/u;
const LIST_LAST_AFTER = /^(?:,\s+\p{Lu}\p{Ll}+)*,?\s+(?:and|&)\s+(\p{Lu}\p{Ll}{2,})(?=[^\S\n]+\p{Ll})/u;
const PRONOUN = /^(?:his|her|their|he|she|they)$/;
const REFERENCE_AFTER = /^(?:\/[A-Z]+)*\/\d{2,}/;
const STAFF_ID = new RegExp(pii.staffSubjectPattern);

export function personKind(entry: RegisterEntry): PersonKind {
  const role = (entry.role ?? "").toLowerCase();
  if (/victim|partner/.test(role)) return "victim";
  if (/supervised|person on probation|\bsi\b|offender/.test(role)) return "supervised";
  if (/reviewing manager|^rm$/.test(role)) return "rm";
  if (/staff|officer|practitioner|manager|head|spo|qdo|worker/.test(role)) return "staff";
  if (role) return "other";
  if (STAFF_ID.test(entry.identifier) || /^(?:QDO|RM|CM)\d*$/.test(entry.identifier)) return "staff";
  if (/^(?:M[rs]s?|Miss|Mx) [A-Z]$|^(?:Victim|Partner) [A-Z]$|^[A-Z]$/.test(entry.identifier)) return "victim";
  return "other";
}

/** Register keys use straight apostrophes and composed letters; the text may use either ("Stanković" or "Stankovic\u0301"). */
const straighten = (s: string) => s.replace(/’/g, "'").normalize("NFC");

/** A regex source for `variant` (escaped) that matches either apostrophe and each accented letter composed or decomposed. */
/** Whether a capitalised ordinary word follows the name's 's, making a title or a business ("Gulliver's Travels"). */
function properNounAfterPossessive(text: string, to: number): boolean {
  const word = PROPER_NOUN_AFTER_POSSESSIVE.exec(text.slice(to, to + 24))?.[1];
  return word !== undefined && !KIN_OR_TITLE_AFTER.has(word) && isEnglishWord(word) && !isKnownFirstName(word);
}

function variantSource(variant: string): string {
  let out = "";
  for (const ch of variant) {
    const decomposed = ch.normalize("NFD");
    if (ch === "'") out += "['’]";
    else if (decomposed !== ch) out += `(?:${ch}|${decomposed})`;
    else out += escapeRegExp(ch);
  }
  return out;
}

const PREFIXED = /^(O'|Mc|Mac)(\p{Lu})/u;
const LETTERS = /^\p{Lu}+$/u;
const INITIALS = /^\p{Lu}{2,3}$/u;
const POSSESSIVE_S = /['’]s$/;
// "Guy is the Probation Officer", "Guy was our SPO": what follows says the word is someone in a role ("Hope is
// what the team lacked", "Grace periods" say nothing of the kind).
const ROLE_AFTER_BE = new RegExp(
  `^\\s+(?:is|was)\\s+(?:(?:the|a|an|my|his|her|our|their)\\s+)?(?:${cueAlternation(pii.roleCues, { everyWord: true })}|[A-Z]{2,4}\\d*)\\b`,
);
const CONTRACTION_AFTER = /^n?['’]t(?![\p{L}])/u;

/** How one name part can be abbreviated: "Shea" → S; "O'Shea" → O or O'S; "Fairley-Hughes" → F or F-H (FH when run together). */
function initialOptions(part: string): string[] {
  const options = [part[0]!.toUpperCase()];
  if (part.length < 3 || !(part.includes("'") || part.includes("-") || part.startsWith("M"))) return options;
  const prefixed = PREFIXED.exec(part);
  if (prefixed) options.push(prefixed[1]! + prefixed[2]!);
  const pieces = part.split("-").filter(Boolean);
  if (pieces.length > 1) options.push(pieces.map((p) => p[0]!.toUpperCase()).join("-"));
  return options;
}

/** Every way of choosing one abbreviation per part (a handful: parts rarely have more than two options). */
function initialSets(parts: readonly string[]): string[][] {
  let sets: string[][] = [[]];
  for (const part of parts) {
    const options = initialOptions(part);
    sets =
      options.length === 1
        ? sets.map((set) => [...set, options[0]!])
        : sets.flatMap((set) => options.map((o) => [...set, o]));
  }
  return sets;
}

// lintText compiles the register on every call, usually with the same few registers: keep the latest ones.
const CACHE_SIZE = 8;
const cache = new Map<string, CompiledRegister>();

/** Compiles register entries into one matcher for full names, first names, surnames, possessives and initials. */
export function compileRegister(entries: readonly RegisterEntry[] = []): CompiledRegister {
  const key = JSON.stringify(entries);
  const cached = cache.get(key);
  if (cached) return cached;
  const compiled = buildRegister(entries);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}

const WELSH_PLACE_BEFORE =
  /\b(?:Bettws|Betws|Capel|Llan|Pont|Aber|Tre|Cwm|Pen|Ystrad|Bryn|Caer|Nant|Glyn|Rhyd|Maes|Coed|Plas|Porth|Llys|Heol|Ffordd|Stryd)\s+$/;
const POLISH_LETTERS = /[ąćęłńóśźż]/i;
const MARKS = /\p{M}/gu;
const stripMarks = (word: string) => word.normalize("NFD").replace(MARKS, "");
// Welsh spellings a soft mutation can start: "dd", "ll", "ff", "rh", "wy", "yw", a "w" between consonants, endings
// such as "Meilyr" and "Pedr".
const WELSH_SHAPE = /dd|ll|ff|rh|wy|yw|[^aeiou\s]w[^aeiouy\s]|^(?:Cy|Gw|Dy|Ty|Ny)|(?:yn|ydd|yr|dr)$/i;
const SOFT_MUTATIONS: readonly [string, string][] = [
  ["Ll", "L"],
  ["Rh", "R"],
  ["B", "F"],
  ["C", "G"],
  ["P", "B"],
  ["T", "D"],
  ["D", "Dd"],
  ["M", "F"],
  ["G", ""],
];
// Aspirate ("a Chynfelyn", "ei thad") and nasal ("yng Nghaerdydd", "fy Nhad") mutations, after their own words.
const OTHER_MUTATIONS: readonly [string, string][] = [
  ["C", "Ch"],
  ["P", "Ph"],
  ["T", "Th"],
  ["C", "Ngh"],
  ["P", "Mh"],
  ["T", "Nh"],
  ["G", "Ng"],
  ["B", "M"],
  ["D", "N"],
];

/** The forms a first name takes in Polish cases or after a Welsh mutation (soft, aspirate or nasal). */
function inflectedForms(first: string): string[] {
  const forms: string[] = [];
  if (/[^i]a$/.test(first)) for (const ending of ["y", "ę", "ą", "o"]) forms.push(first.slice(0, -1) + ending);
  else if (/ia$/.test(first)) for (const ending of ["i", "ę", "ą", "u"]) forms.push(first.slice(0, -1) + ending);
  else if (POLISH_LETTERS.test(first) && /[bcdfghjklłmnprstwzż]$/.test(first))
    for (const ending of ["a", "owi", "em", "u"]) forms.push(first + ending);
  if (WELSH_SHAPE.test(first)) {
    for (const [from, to] of SOFT_MUTATIONS)
      if (first.startsWith(from) && first[from.length] !== first[from.length]?.toUpperCase()) {
        // "Gwerful" → "Werful": a dropped G leaves the next letter to open the name.
        const rest = first.slice(from.length);
        forms.push(to === "" ? rest[0]!.toUpperCase() + rest.slice(1) : to + rest);
        break;
      }
    for (const [from, to] of OTHER_MUTATIONS)
      if (first.startsWith(from) && !/^(?:Ll|Rh|Ch|Ph|Th)/.test(first)) forms.push(to + first.slice(from.length));
  }
  // Gujarati respect forms: "Ketanbhai" for Ketan, "Hemlataben" for Hemlata.
  forms.push(`${first}bhai`, `${first}ben`);
  return forms;
}

/** One way a registered person's name is written, and whose it is. */
interface RegisterVariant {
  entry: RegisterEntry;
  variant: RegisterHit["variant"];
  ambiguous?: boolean;
  nameParts: ReadonlySet<string>;
}

function buildRegister(entries: readonly RegisterEntry[]): CompiledRegister {
  const variants = new Map<string, RegisterVariant>();
  const identifiers = new Set(entries.map((e) => e.identifier));
  let nameParts: ReadonlySet<string> = new Set();
  let namesSupervised = false;
  const add = (raw: string, entry: RegisterEntry, variant: RegisterHit["variant"], ambiguous = false) => {
    const text = straighten(raw);
    // Initials that are someone's identifier ("CM" for Chris Moss when the register has a CM) are the identifier.
    if (text.length < 2 || variants.has(text) || identifiers.has(text)) return;
    variants.set(text, ambiguous ? { entry, variant, ambiguous, nameParts } : { entry, variant, nameParts });
  };
  for (const entry of entries) {
    const parts = straighten(entry.name)
      .trim()
      .split(/\s+/)
      .filter((p) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/.test(p));
    if (parts.length === 0) continue;
    // Only a supervised individual registered with a surname makes an unmatched "Mr X" someone else. The
    // identifier "SI" counts here, not in personKind: there it would make the name PII-004, allowed internally,
    // in registers that give no roles (the CLI's JSONL), where it is flagged as any registered name.
    if (parts.length > 1 && (personKind(entry) === "supervised" || entry.identifier === "SI")) namesSupervised = true;
    nameParts = new Set(parts);
    add(parts.join(" "), entry, "full");
    const first = parts[0]!;
    const last = parts.at(-1)!;
    if (parts.length > 1) {
      // Case management systems write the surname first: "KAZLAUSKAS, Darius", "ap Rhys, Gethin", "JONES, Mary Ann".
      let start = parts.length - 1;
      while (start > 1 && PARTICLES.has(parts[start - 1]!.toLowerCase())) start--;
      const surname = parts.slice(start).join(" ");
      for (const given of new Set([parts.slice(0, start).join(" "), first])) {
        add(`${surname}, ${given}`, entry, "full");
        add(`${surname.toUpperCase()}, ${given}`, entry, "full");
        add(`${surname.toUpperCase()} ${given}`, entry, "full");
        // "Suspect: RATSIMBAZAFY FENO, PNC …": a police system's capitals, surname first.
        add(`${surname.toUpperCase()} ${given.toUpperCase()}`, entry, "full");
      }
      // A name registered family name first ("Nguyen Quoc Trung") keeps its order in a system's capitals.
      const rest = parts.slice(1).join(" ");
      add(`${first.toUpperCase()} ${rest}`, entry, "full");
      add(`${first.toUpperCase()}, ${rest}`, entry, "full");
    }
    if (parts.length > 1) {
      // "C. Dunnigale": an initial alone names no one ("QQ 87 11 09 C." ends an NI number).
      if (!/^\p{Lu}\.?$/u.test(first)) add(first, entry, "first");
      add(last, entry, "surname");
      // A log's surname in capitals ("Room 14: CAWTHRA awake"), unless the capitals spell a word of the language.
      if (last.length >= 4 && !isEnglishWord(last.toLowerCase())) add(last.toUpperCase(), entry, "surname");
      // A middle name said alone ("his maternal middle name, Evangelista,"): as the first name, unless it is a word,
      // a particle, a name every man or woman of a faith shares (Singh, Kaur) or anyone's first name ("John" in Darren
      // John Vickery would make every other John the SI).
      for (const middle of parts.slice(1, -1))
        if (
          CAPITALISED_MIDDLE.test(middle) &&
          !SHARED_MIDDLES.has(middle) &&
          !isEnglishWord(middle.toLowerCase()) &&
          !isKnownFirstName(middle)
        )
          add(middle, entry, "first");
      // Scottish and Irish records spell the same surname Mac or Mc: "MacNeacail" is "McNeacail".
      const otherPrefix = MAC_OR_MC.exec(last);
      if (otherPrefix) add(`${otherPrefix[1] === "Mac" ? "Mc" : "Mac"}${otherPrefix[2]}`, entry, "surname");
      for (const initials of initialSets(parts)) {
        const joined = initials.join("").replace(/-/g, "");
        // Initials that are also an acronym ("PS": Priya Shah or the Probation Service) count only where a person is meant.
        if (LETTERS.test(joined)) add(joined, entry, "initials", isStrongAcronym(joined));
        add(`${initials.join(".")}.`, entry, "initials");
        // "L.O.G." for Levi Okafor-Grant: dots between the letters of a hyphenated surname too.
        if (initials.some((i) => i.includes("-"))) add(`${initials.join(".").replace(/-/g, ".")}.`, entry, "initials");
        add(`${initials.join(". ")}.`, entry, "initials");
      }
      add(`${first[0]!.toUpperCase()}. ${last}`, entry, "initials");
      add(`${first[0]!.toUpperCase()} ${last}`, entry, "initials");
      // Payslips and police logs write the surname in capitals: "Name: B PUTTY", "Keeper S. DOE".
      add(`${first[0]!.toUpperCase()}. ${last.toUpperCase()}`, entry, "initials");
      add(`${first[0]!.toUpperCase()} ${last.toUpperCase()}`, entry, "initials");
      // Sign-in books and stewards' logs put the initial after: "KENNING M", "NUNNERLEY B".
      add(`${last.toUpperCase()} ${first[0]!.toUpperCase()}`, entry, "initials");
    }
  }
  // Short forms of a first name, as texts and notes write them ("Chels" for Chelsea, "Katarz" for Katarzyna): its first
  // four letters or more, two short of the whole; and pet forms, its first three to five letters with an ending
  // ("Ermie", "Bronek", "Jonno"). Only where no word, known name, surname, title, place, firm, month, day or acronym
  // shares them ("Reg", "Gov", "Christ", "Merc", "France"), nor another registered first name makes the same one.
  const shortForms = new Map<string, RegisterEntry | null>();
  const petForms = new Set<string>();
  const wordForms = new Map<string, RegisterEntry | null>();
  const partsOf = new Map<RegisterEntry, ReadonlySet<string>>();
  for (const entry of entries) {
    const parts = straighten(entry.name).trim().split(/\s+/);
    const first = parts.find((p) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/.test(p));
    if (parts.length < 2 || first === undefined) continue;
    partsOf.set(entry, new Set(parts));
    const last = parts.at(-1)!;
    // A long first name's first three letters ("Kes" for Kestutis) and its ending ("Berto" for Norberto, "Dota" for
    // Laimdota); a surname's first letters and pet forms, as a team sheet or a nickname makes them ("Stav" for Stavely,
    // "Rooky" for Rookledge, "Wynnie" for Wynstanley).
    for (const [name, fromSurname] of [
      [first, false],
      [last, true],
    ] as const) {
      if (!SHORTENABLE.test(name) || (fromSurname && name === first)) continue;
      const forms = new Set<string>();
      for (let n = name.length >= 7 ? 3 : 4; n <= name.length - 2; n++) forms.add(name.slice(0, n));
      if (!fromSurname && name.length >= 7)
        for (let n = 4; n <= name.length - 3; n++) forms.add(titleCase(name.slice(-n)));
      const pets = new Set<string>();
      // "Jotty" for Prabhjot, "Deepy" for Amandeep: a long first name's last three or four letters with an ending.
      const endStems =
        !fromSurname && name.length >= 6
          ? [3, 4].filter((n) => n <= name.length - 3).map((n) => titleCase(name.slice(-n)))
          : [];
      const startStems: string[] = [];
      for (let n = 3; n <= Math.min(5, name.length - 2); n++) startStems.push(name.slice(0, n));
      for (const stem of [...startStems, ...endStems]) {
        for (const ending of PET_ENDINGS) pets.add(stem + ending);
        // "Jonno", "Caddy": the last consonant doubled, not tripled ("Jennny").
        if (!/[aeiouy]$/i.test(stem) && stem.at(-1) !== stem.at(-2))
          for (const ending of ["y", "ie", "o"]) pets.add(stem + stem.at(-1) + ending);
      }
      for (const short of [...forms, ...pets]) {
        if (short === name || parts.includes(short) || NOTE_DATE_WORDS.has(short.toLowerCase())) continue;
        if (isEnglishWord(short) || isKnownFirstName(short)) {
          // "Pat" for Patrice, "Stew" for Stewart: the name's first letters though a word too, kept for where a person
          // stands ("Pat had e-mailed", "swap with Pat tmrw"). Someone else's name that is no word ("Che" beside
          // Chelsea) is that person's, found as a name without the register.
          if (
            !fromSurname &&
            isEnglishWord(short) &&
            forms.has(short) &&
            !WORD_FORM_EXCLUDED.has(short.toLowerCase()) &&
            !isCapitalisedWord(short) &&
            !lookupAcronym(short.toUpperCase()) &&
            !NOT_SHORT_FORMS.has(short) &&
            !ABBREVIATIONS.has(short.toLowerCase()) &&
            !isKnownPlace(short)
          )
            wordForms.set(short, wordForms.has(short) && wordForms.get(short) !== entry ? null : entry);
          continue;
        }
        if (isCapitalisedWord(short) || lookupAcronym(short.toUpperCase()) || NOT_SHORT_FORMS.has(short)) continue;
        if (short.length === 3 && ABBREVIATIONS.has(short.toLowerCase())) continue;
        // "Barto" for Bartolomeo, "Rufi" for Rufina, though surnames too: four letters or more that begin the name, and
        // no place.
        const longPrefix =
          forms.has(short) &&
          short.length >= 4 &&
          !looksLikeTown(short) &&
          !isKnownPlace(short) &&
          !PLACE_WORDS.has(short);
        if (isListedSurname(short) && !longPrefix) continue;
        if (pets.has(short) && !forms.has(short)) {
          // "Ebby" for Ebbesworth: shaped like a town's name ("-by"), but no town's.
          if (NOT_PET_FORMS.has(short) || isKnownPlace(short)) continue;
          petForms.add(short);
        }
        shortForms.set(short, shortForms.has(short) && shortForms.get(short) !== entry ? null : entry);
      }
    }
  }
  // Polish case endings of a first name ("Jagody", "Jagodę", "Jagodą", "Jagodo" for Jagoda; "Kasi", "Kasią" for Kasia;
  // "Bartłomieja", "Bartłomiejowi" for a name with Polish letters) and Welsh soft mutations ("Fedwyr" for Bedwyr,
  // "Ddafydd" for Dafydd), under the same guards as the short forms.
  for (const entry of entries) {
    const parts = straighten(entry.name)
      .trim()
      .split(/\s+/)
      .filter((p) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/.test(p));
    const first = parts[0];
    if (parts.length < 2 || first === undefined || first.length < 4) continue;
    nameParts = new Set(parts);
    for (const form of inflectedForms(first)) {
      // "Jagodą" folds to the known name Jagoda, which is this person's own: no one else's name.
      const otherName = isKnownFirstName(form) && stripMarks(form) !== stripMarks(first);
      if (variants.has(form) || isEnglishWord(form) || otherName || isListedSurname(form)) continue;
      if (isCapitalisedWord(form) || lookupAcronym(form.toUpperCase()) || NOT_SHORT_FORMS.has(form)) continue;
      add(form, entry, "first");
    }
  }
  for (const [short, entry] of wordForms) {
    if (!entry || variants.has(short) || shortForms.has(short)) wordForms.delete(short);
  }
  for (const [short, entry] of [...shortForms, ...wordForms]) {
    if (!entry) continue;
    // Each short form carries its own entry's name parts ("Chels Mayhew" is one mention of Chelsea Mayhew).
    nameParts = partsOf.get(entry) ?? nameParts;
    add(short, entry, "first");
  }
  // Names typed without their diacritics, as texts and older systems write them ("Thiem" for Thiêm, "KHUC Van
  // Thiem", "nhan" in a message): the same person, unless every word left is an English word ("Văn" → "Van").
  for (const [text, info] of [...variants]) {
    const folded = foldName(text);
    if (folded === text || variants.has(folded)) continue;
    const words = folded.split(/[\s,]+/).filter(Boolean);
    if (words.every((w) => isEnglishWord(w.toLowerCase()) || COMMON_WORD_NAMES.has(w))) continue;
    variants.set(folded, info);
  }
  const pronounSensitive = new Set(
    entries
      .filter(
        (e) => personKind(e) === "staff" && (e.identifiableByGender || !e.pronouns || /unconfirmed/i.test(e.pronouns)),
      )
      .map((e) => e.identifier),
  );
  // Case notes write names in capitals ("spoke to TYRONE", "Kyle WHITTAKER").
  const capitals = new Map<string, RegisterVariant>();
  for (const [text, info] of variants) {
    const upper = text.toUpperCase();
    if (
      info.variant !== "initials" &&
      text.length >= 3 &&
      !variants.has(upper) &&
      !shortForms.has(text) &&
      !wordForms.has(text)
    )
      capitals.set(upper, info);
  }
  // Hasty notes write them in lower case ("connor rang", "spoke to gilhooley"): only names no word shares ("sweet",
  // "waters" and "will" stay words in lower case).
  const lowerCase = new Map<string, RegisterVariant>();
  for (const [text, info] of variants) {
    const lower = text.toLowerCase();
    if (info.variant === "initials" || text.length < 3 || lower === text || variants.has(lower) || wordForms.has(text))
      continue;
    const words = text.split(/[\s,]+/).filter(Boolean);
    if (
      words.every(
        (w) =>
          !COMMON_WORD_NAMES.has(w) &&
          !isEnglishWord(w) &&
          !PARTICLES.has(w.toLowerCase()) &&
          !NOTE_DATE_WORDS.has(w.toLowerCase()),
      )
    )
      lowerCase.set(lower, info);
  }
  const alternatives = [...variants.keys(), ...capitals.keys()].sort((a, b) => b.length - a.length).map(variantSource);
  // Its own pattern, tried only in blocks written without capitals: most blocks never pay for it.
  const lowerAlternatives = [...lowerCase.keys()].sort((a, b) => b.length - a.length).map(variantSource);
  const lowerPattern = lowerAlternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${lowerAlternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu")
    : undefined;
  // A first name no word shares, of four letters or more, is the person in lower case outside a message too, where
  // what is said of it is said of people ("A text from halimo read", "kaden to brayden"); "burnt sienna is the colour"
  // and "a grey trilby" are words a dictionary may lack.
  const lowerFirstAlternatives = [...lowerCase]
    .filter(([lower, info]) => info.variant === "first" && lower.length >= 4)
    .map(([lower]) => lower)
    .sort((a, b) => b.length - a.length)
    .map(variantSource);
  const lowerFirstPattern = lowerFirstAlternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${lowerFirstAlternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu")
    : undefined;
  const pattern = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu")
    : undefined;
  /** Whether a person stands straight after `to`: "and her brother", "and Jet" (a known or registered name), ", her cousin,". */
  // "Mulch, Thatch and Kinnersley attended": the list's name before is someone's.
  const companionBefore = (text: string, from: number): boolean => {
    const word = LIST_MATE_BEFORE.exec(text.slice(Math.max(0, from - 30), from))?.[1];
    return word !== undefined && (variants.has(word) || isKnownFirstName(word));
  };
  const companionAfter = (text: string, to: number): boolean => {
    const after = text.slice(to, to + 30);
    if (KIN_AFTER.test(after)) return true;
    const word = AND_WORD_AFTER.exec(after)?.[1];
    if (word !== undefined && (PRONOUN.test(word) || isKnownFirstName(word) || variants.has(word))) return true;
    const after60 = text.slice(to, to + 60);
    const next = LIST_NEXT_AFTER.exec(after60)?.[1];
    const last = LIST_LAST_AFTER.exec(after60)?.[1];
    const mates = [next, last].filter((w) => w !== undefined);
    if (mates.some((w) => isKnownFirstName(w) || variants.has(w))) return true;
    // Words no dictionary knows, in a list that a verb follows: "Mulch and Haddrell met"; a town's shape is a surname's
    // too, so in a list of three only a word rules it out ("Mulch, Kinnersley and Yelland attended").
    if (last === undefined || mates.some((w) => isEnglishWord(w) || isKnownPlace(w))) return false;
    return next !== undefined || !looksLikeTown(last);
  };
  return {
    entries,
    identifiers,
    namesSupervised,
    pronounSensitive,
    find(text: string): RegisterHit[] {
      if (!pattern) return [];
      const hits: RegisterHit[] = [];
      // Sentence-initial word-names said to hold a role ("Guy is the Probation Officer"): the person after all
      // when the same text names them plainly elsewhere ("Guy gets it", "Guy Nightingale said").
      const doubtful: RegisterHit[] = [];
      const hastyText = lowerPattern === undefined ? [] : lowerCaseStretches(text);
      const lowerMatches =
        lowerPattern && hastyText.length > 0
          ? text.matchAll(lowerPattern)
          : lowerFirstPattern
            ? text.matchAll(lowerFirstPattern)
            : undefined;
      const matches = lowerMatches
        ? [...text.matchAll(pattern), ...lowerMatches].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
        : text.matchAll(pattern);
      for (const m of matches) {
        const value = m[0];
        const from = m.index ?? 0;
        const exact = variants.get(straighten(value));
        const capitalised = exact ? undefined : capitals.get(straighten(value));
        const lowered = exact || capitalised ? undefined : lowerCase.get(straighten(value));
        const info = exact ?? capitalised ?? lowered;
        if (!info) continue;
        const to = from + value.length;
        if (
          lowered &&
          (insideAddressOrHandle(text, from, to) ||
            !(
              hastyText.some(([s, e]) => from >= s && to <= e) ||
              (lowered.variant === "first" && value.length >= 4 && lowerPersonAt(text, from, to))
            ))
        )
          continue;
        // "vickery street is closed", "coming to the darren": a street's name, or a word with an article.
        if (
          lowered &&
          (LOWER_PLACE_AFTER.test(text.slice(to, to + 12)) ||
            ARTICLE_BEFORE.test(text.slice(Math.max(0, from - 5), from)))
        )
          continue;
        // "Haven't we been here before?": a word with "n't" is a verb, whoever is called Haven.
        if (CONTRACTION_AFTER.test(text.slice(to - 1, to + 3))) continue;
        if (capitalised && !capitalisedNameHere(text, from, to, info.variant)) continue;
        // "Sarah Smith, John Evans" is two people, not John Smith in system order; so are "Mrs Hendra, Kayna's mother".
        if (
          info.variant === "full" &&
          value.includes(",") &&
          (firstNameBefore(text, from) ||
            titleCaseWordAfter(text, to) ||
            TITLE_BEFORE_SURNAME.test(text.slice(Math.max(0, from - 6), from)) ||
            POSSESSIVE_S.test(text.slice(to, to + 2)))
        )
          continue;
        // "Max (PP8) held 61 cases", "Treacle was SPO3 for the whole period": the person's own identifier in brackets
        // or said to be theirs settles any doubt.
        // "the Sprocket Memorial Fund": a memorial is named after the person, so it names them.
        const identified =
          identifierAfter(text, to) === info.entry.identifier ||
          identifierSaidAfter(text, to) === info.entry.identifier ||
          MEMORIAL_AFTER.test(text.slice(to, to + 24));
        // A name registered as one word, as a nickname may be ("Apex"): a place or a firm named with it is not the
        // person ("The Apex Café", "Inker Room").
        const oneWordEntry = info.variant === "full" && !/\s/.test(value);
        if (!identified && oneWordEntry && partOfOtherProperNoun(text, from, to, info.nameParts)) continue;
        // "the locked Puffer Cupboard", "blown to Kerf Corner": between "the" and a word, or before a capitalised word of
        // the language, a place or a thing named with it.
        const nextWord = titleCaseWordAfter(text, to);
        if (
          !identified &&
          oneWordEntry &&
          nextWord !== undefined &&
          !info.nameParts.has(nextWord) &&
          (THE_AND_WORD_BEFORE.test(text.slice(Math.max(0, from - 24), from)) || isEnglishWord(nextWord.toLowerCase()))
        )
          continue;
        // "Slack is sold by the bag", "Puffer work is done at dusk": a word of the trade opening a sentence is the
        // stuff, when what follows is done only to stuff or the word heads a noun.
        // So is it after "the": "The Swell organ has eleven stops".
        if (
          !identified &&
          oneWordEntry &&
          (sentenceInitial(text, from) || THE_BEFORE.test(text.slice(Math.max(0, from - 5), from))) &&
          stuffOfTradeAt(text, to, value)
        )
          continue;
        // "Octopus hoses were checked", "Krill pellets were stored": a word of the trade before a plural subject is the
        // thing, within a sentence if a word of the language, else at its start.
        if (
          !identified &&
          oneWordEntry &&
          (isEnglishWord(value.toLowerCase()) || sentenceInitial(text, from)) &&
          modifiesPluralSubject(text, to)
        )
          continue;
        if (!identified && (info.variant === "first" || info.variant === "surname")) {
          if (hospitalWardAt(text, from, to)) continue;
          if (isMonthUse(text, from, to) || partOfOtherProperNoun(text, from, to, info.nameParts)) continue;
          if (coordinatedWithPlace(text, from, to)) continue;
          // "Bettws Cadfan", "Capel Hermon": a Welsh place's first word before a name makes it the place's.
          if (WELSH_PLACE_BEFORE.test(text.slice(Math.max(0, from - 10), from))) continue;
          // A surname no first name shares may name a town ("grew up in Bala"); "going near Glory" is Glory.
          if (info.variant === "surname" && !isKnownFirstName(value) && placeAt(text, from, to)) continue;
          // "He grew up in Paisley": a first name that is also a town, where a place goes.
          if (info.variant === "first" && isKnownPlace(value) && placeAt(text, from, to)) continue;
          // "Oswy's Kitchen served food": a business named with a registered first name too.
          if (
            info.variant === "first" &&
            (BUSINESS_AFTER_POSSESSIVE.test(text.slice(to, to + 24)) || BUSINESS_AFTER.test(text.slice(to, to + 24)))
          )
            continue;
          // "Jordan Pike" when the register has Graham Pike: someone else with the same surname.
          const before = nameWordBefore(text, from);
          if (info.variant === "surname" && before && !info.nameParts.has(before) && isKnownFirstName(before)) continue;
          // "Judge Castlemaine" when the register has Lewis Judge: the surname is someone else's title or first name.
          const next = titleCaseWordAfter(text, to);
          // Not a day after it: "Rota: Pedlow Mon to Wed".
          if (
            info.variant === "surname" &&
            next &&
            !info.nameParts.has(next.replace(POSSESSIVE_S, "")) &&
            !WEEKDAY_WORD.test(next)
          )
            continue;
          if (info.variant === "surname" && NAMED_BODY_AFTER.test(text.slice(to, to + 40))) continue;
          if (
            info.variant === "surname" &&
            (BUSINESS_AFTER_POSSESSIVE.test(text.slice(to, to + 24)) ||
              FAMILY_FIRM_AFTER.test(text.slice(to, to + 16)) ||
              FIRM_PAIR_AFTER.test(text.slice(to, to + 60)) ||
              FIRM_PAIR_ENDING_AFTER.test(text.slice(to, to + 40)) ||
              (FIRM_PAIR_BEFORE.test(text.slice(Math.max(0, from - 24), from)) &&
                FIRM_APPOSITIVE_AFTER.test(text.slice(to, to + 40))) ||
              properNounAfterPossessive(text, to))
          )
            continue;
          // "Col Davies" when the register has Colin Ward: a short form before someone else's surname is a rank or a name.
          if (
            shortForms.has(straighten(value)) &&
            next &&
            isListedSurname(next) &&
            !info.nameParts.has(next.replace(POSSESSIVE_S, ""))
          )
            continue;
          // "Dota 2", "Kes 3": a short form before a number names a game, a model or an item, not the person.
          if (
            (shortForms.has(straighten(value)) || wordForms.has(value)) &&
            NUMBER_AFTER_SHORT_FORM.test(text.slice(to, to + 6))
          )
            continue;
          // "Nato forces", "a Rolo yoghurt": a pet form before a word it modifies.
          // "an Indo-Caribbean group": the first part of a compound.
          if (petForms.has(value) && text[to] === "-") continue;
          // "Cavell Ward", "Pat Jones": a word form beside another capitalised word is part of another name.
          if (wordForms.has(value) && (next || nameWordBefore(text, from))) continue;
          if (petForms.has(value) || wordForms.has(value)) {
            const nextWord = PET_NEXT_WORD.exec(text.slice(to, to + 24))?.[1];
            const personNext =
              nextWord === undefined ||
              AFTER_A_PERSON.has(nextWord) ||
              PERSON_VERB_SHAPE.test(nextWord) ||
              VERB_S_SUBJECT.test(nextWord) ||
              personFollows(text, to);
            if (!personNext) continue;
          }
          // "Valentine's Day", "Bear in mind", "an Osman warning": a name inside a fixed phrase is no one.
          if (inFixedPhrase(text, from, to)) continue;
          // "Camellia bushes line the path": a word before a plural subject, whatever the register holds; not before
          // people or what people say and do ("Nkechi texts were read out" are Nkechi's).
          if (sentenceInitial(text, from) && modifiesPluralSubject(text, to)) continue;
          if (COMMON_WORD_NAMES.has(value) || isEnglishWord(value)) {
            // An ordinary word that is also this person's name: "Grace asked" is Grace, "Grace periods" is not,
            // nor "the Rose and Crown" or "Faith in Recovery"; any common English word is one ("Lavender bags",
            // "Rivers burst"), listed or not.
            if (
              sentenceInitial(text, from) &&
              !personFollows(text, to) &&
              !companionAfter(text, to) &&
              !signatureAt(text, from, to) &&
              !fieldValueAt(text, from, to) &&
              !speakerLabelAt(text, from, to) &&
              !APPOSITIVE_AFTER.test(text.slice(to, to + 50))
            ) {
              if (!next && !articleBefore(text, from) && ROLE_AFTER_BE.test(text.slice(to, to + 40)))
                doubtful.push({ from, to, entry: info.entry, kind: personKind(info.entry), variant: info.variant });
              continue;
            }
            if (next || articleBefore(text, from)) continue;
            if (
              joinedToProperNoun(text, to, isKnownFirstName) &&
              !companionAfter(text, to) &&
              !companionBefore(text, from)
            )
              continue;
          }
        }
        if (info.variant === "initials" && value.length <= 3 && !INITIALS.test(value)) continue;
        // "I TOLL the bell": the pronoun or the article before a word in capitals, not Ivor Toll.
        if (info.variant === "initials" && PRONOUN_INITIAL.test(value) && LOWER_WORD_AFTER.test(text.slice(to, to + 4)))
          continue;
        // "The TV screen above the bar": capitals after an article and before a noun are a thing, not Tyreese Valiukas.
        if (info.variant === "initials" && articleBefore(text, from) && LOWER_WORD_AFTER.test(text.slice(to, to + 4)))
          continue;
        if (info.variant === "initials" && TITLE_INITIALS.has(value)) {
          const after = NAME_AFTER_TITLE.exec(text.slice(to, to + 40));
          if (after && (!after[1] || !isEnglishWord(after[2]!))) continue;
        }
        // "IR-26-004418": letters that start a reference number.
        if (info.variant === "initials" && REFERENCE_NUMBER_AFTER.test(text.slice(to, to + 3))) continue;
        // "PNC ID 23/0581926T": a label's "ID" before a number, not Ismay Drizzle.
        if (
          info.variant === "initials" &&
          value === "ID" &&
          NUMBER_LABEL_BEFORE.test(text.slice(Math.max(0, from - 8), from))
        )
          continue;
        // "Our ref: VCS/RJ/2026/0419": initials inside a reference code file a letter; they name no one in the text
        // ("Present: TB/RJ/KM" does).
        if (info.variant === "initials" && text[from - 1] === "/" && REFERENCE_AFTER.test(text.slice(to, to + 20)))
          continue;
        if (info.ambiguous && !identified && !personContext(text, from, to)) continue;
        hits.push({
          from,
          to,
          entry: info.entry,
          kind: personKind(info.entry),
          variant: info.variant,
        });
      }
      if (doubtful.length === 0) return joinAdjacent(text, hits);
      const named = new Set(hits.map((h) => h.entry));
      const confirmed = doubtful.filter((d) => named.has(d.entry));
      return joinAdjacent(text, confirmed.length === 0 ? hits : sortByFrom([...hits, ...confirmed]));
    },
  };
}

// "Basil, the SI, moved": a role set off straight after the word makes it the person; a remark about the word
// does not ("Miracle, the SPO called it, that …").
const APPOSITIVE_AFTER =
  /^,\s+(?:the|a|an|his|her|their|our)\s+(?![^,.;]*\b(?:it|called|calls|said|says|put|described|termed)\b)[^,.;]{1,40},/;
const SPACES_ONLY = /^[^\S\n]+$/;
// "Olha Yaroslavivna Hnatyshyn" for Olha Hnatyshyn: a patronymic or middle name the register leaves out.
const ONE_MIDDLE_NAME = /^[^\S\n]+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?[^\S\n]+$/u;

/**
 * Two parts of one person's name side by side are one mention ("the police wrote Yerin Seong" for Seong Yerin;
 * "Yevgenia Orekhova" without her patronymic, "Olha Yaroslavivna Hnatyshyn" with one the register leaves out): one
 * finding, whose fix puts the identifier in once.
 */
function joinAdjacent(text: string, hits: RegisterHit[]): RegisterHit[] {
  const out: RegisterHit[] = [];
  for (const hit of hits) {
    const last = out.at(-1);
    const gap = last && last.entry === hit.entry && hit.from > last.to ? text.slice(last.to, hit.from) : undefined;
    if (
      gap !== undefined &&
      (SPACES_ONLY.test(gap) || (last?.variant === "first" && hit.variant === "surname" && ONE_MIDDLE_NAME.test(gap)))
    )
      out[out.length - 1] = { ...last!, to: hit.to, variant: "full" };
    else out.push(hit);
  }
  return out;
}

const BRACKETED_AFTER = /^\s*\(\s*([^()\s]+)\s*\)/;

/** The word in brackets straight after `to` ("Max (PP8)" → "PP8"). */
function identifierAfter(text: string, to: number): string | undefined {
  return BRACKETED_AFTER.exec(text.slice(to, to + 16))?.[1];
}

// "lives in Tywyn", "a caravan near Harlech", "moved from Rhyl to Llanferwen": where a name stands for a place. Not
// where a person is trusted or confided in ("confided in Tywyn").
const PLACE_PREPOSITION_BEFORE =
  /(?<!\b(?:confided|confide|confides|believed|believe|believes|trust|trusted|trusts|interest|interested|confidence|faith|involved|included|engaged|change|changes|deterioration|improvement|remorse|ally|concern|concerns|anger|fear|distress|empathy|insight)\s)\b(?:in|near|outside|around|across|within)\s+$/;
// Only a journey goes from a place to a place: "moved from Rhyl to Llanferwen", not "a text from Keel to Ms F".
const JOURNEY =
  "\\b(?:moved|moving|moves|move|travelled|travelling|drove|driving|walked|went|came|relocated|commuted|flew|journey|route|trip|train|bus)\\b[^.;\\n]{0,20}";
const FROM_PLACE_TO_BEFORE = new RegExp(`${JOURNEY}\\bfrom\\s+\\p{Lu}\\p{Ll}+\\s+to\\s+$`, "u");
const FROM_BEFORE = new RegExp(`${JOURNEY}\\bfrom\\s+$`, "u");
const TO_PLACE_AFTER = /^\s+to\s+\p{Lu}\p{Ll}+(?![\p{L}'’])/u;
const POSSESSIVE_AFTER = /^['’]s?\b/;

/** Whether a name stands for a place here: after "in" or "near", or as either end of "from … to …". */
function placeAt(text: string, from: number, to: number): boolean {
  if (POSSESSIVE_AFTER.test(text.slice(to, to + 3))) return false;
  const before = text.slice(Math.max(0, from - 60), from);
  if (PLACE_PREPOSITION_BEFORE.test(before) || FROM_PLACE_TO_BEFORE.test(before)) return true;
  return FROM_BEFORE.test(before) && TO_PLACE_AFTER.test(text.slice(to, to + 30));
}

const IDENTIFIER_SAID_AFTER = /^\s+(?:was|is|became|remained)\s+(?:the\s+)?([A-Z][A-Za-z]*\d*)(?![\p{L}\p{N}])/u;

/** The identifier a name is said to be straight after it: "Treacle was SPO3" → "SPO3". */
function identifierSaidAfter(text: string, to: number): string | undefined {
  return IDENTIFIER_SAID_AFTER.exec(text.slice(to, to + 24))?.[1];
}

const NAME_WORD_BEFORE = /(\p{Lu}[\p{Ll}'’-]+)\s+$/u;

/** The capitalised word straight before `from`, if one stands there ("Sarah Smith" → "Sarah"). */
function nameWordBefore(text: string, from: number): string | undefined {
  return NAME_WORD_BEFORE.exec(text.slice(Math.max(0, from - 30), from))?.[1];
}

/** Whether a known first name stands straight before `from` ("Sarah Smith"). */
function firstNameBefore(text: string, from: number): boolean {
  const before = nameWordBefore(text, from);
  return before !== undefined && isKnownFirstName(before);
}

const SHOUTED_WORD = /^\p{Lu}{2,}$/u;
const LOWER_LETTER = /\p{Ll}/u;
const WORD_BEFORE = /([\p{L}'’]+)[\s,]*$/u;
const WORD_AFTER = /^[\s,]*([\p{L}'’]+)/u;
// "he WILL attend", "the HOPE was": the word, not the name.
const NOT_BEFORE_NAME = new Set([
  "he",
  "she",
  "it",
  "they",
  "we",
  "you",
  "i",
  "the",
  "a",
  "an",
  "this",
  "that",
  "his",
  "her",
  "their",
  "its",
  "my",
  "your",
  "our",
  "no",
]);
// Words around a name in capitals that make it a person: "said ROSE had", "spoke to FRANK", "DEAN is kicking off".
const PERSON_BEFORE_CAPITALS = new Set([
  "said",
  "says",
  "told",
  "to",
  "with",
  "asked",
  "saw",
  "met",
  "called",
  "rang",
  "phoned",
  "visited",
  "and",
  "from",
]);
const PERSON_AFTER_CAPITALS = new Set([
  "is",
  "was",
  "has",
  "had",
  "says",
  "said",
  "wont",
  "won't",
  "will",
  "would",
  "did",
  "does",
  "didn't",
  "doesn't",
  "isn't",
  "wasn't",
  "can't",
  "cant",
  "told",
  "rang",
  "came",
  "went",
  "left",
  "and",
]);

/**
 * Whether a registered name written in capitals is the person here ("KEIRAN came in late"): not an acronym used
 * otherwise, and not among other words in capitals ("ON THE DAY"). A surname, or a first name that is also an
 * ordinary word or a month ("CROSS", "WILL", "APRIL"), also needs a person's context around it ("said ROSE had",
 * "spoke to FRANK"); "Probation WILL apply" and "no HOPE of" have none.
 */
function capitalisedNameHere(text: string, from: number, to: number, variant: RegisterHit["variant"]): boolean {
  const value = text.slice(from, to);
  if (lookupAcronym(value)) return personContext(text, from, to);
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, from - 20), from))?.[1] ?? "";
  const after = WORD_AFTER.exec(text.slice(to, to + 20))?.[1] ?? "";
  // Among other words in capitals the name is part of a heading or a shouted phrase, unless the whole line is in
  // capitals, as police and hostel logs are ("SPOKE TO MIHAELA BY PHONE"): there its neighbours decide.
  const shoutedLine = !LOWER_LETTER.test(text.slice(Math.max(0, from - 40), to + 40));
  if (!shoutedLine && (SHOUTED_WORD.test(before) || SHOUTED_WORD.test(after))) return false;
  // A whole name stays one after a pronoun or "that" ("heard that KAYNA HENDRA died"); after an article it names a
  // thing ("the KELLY BROWN TRUST").
  if (variant === "full" && !DETERMINER_BEFORE_CAPITALS.test(before)) return true;
  if (NOT_BEFORE_NAME.has(before.toLowerCase())) return false;
  const word = titleCase(value);
  const ordinary = COMMON_WORD_NAMES.has(word) || MONTH_NAMES.has(word) || isCapitalisedWord(value);
  if (variant === "first" && isKnownFirstName(word) && !ordinary) return true;
  // In a line all in capitals a preposition or "and" is no sign of a person: "FROM APRIL TO JUNE 2023",
  // "WORKING WITH FAITH GROUPS"; a verb is ("SPOKE TO MIHAELA", "JOVAN HAS").
  if (shoutedLine && ordinary)
    return (
      VERB_BEFORE_CAPITALS.test(text.slice(Math.max(0, from - 20), from)) ||
      VERB_AFTER_CAPITALS.has(after.toLowerCase())
    );
  return (
    personFollows(text, to) ||
    speakerLabelAt(text, from, to) ||
    // "| 21:50 | DAUREN | bed 11 |": a log's cell holding the name alone.
    (CELL_START.test(text.slice(Math.max(0, from - 3), from)) && CELL_END.test(text.slice(to, to + 3))) ||
    PERSON_BEFORE_CAPITALS.has(before.toLowerCase()) ||
    PERSON_AFTER_CAPITALS.has(after.toLowerCase())
  );
}

const CELL_START = /\|[^\S\n]*$/;
const CELL_END = /^[^\S\n]*\|/;
const MAC_OR_MC = /^(Mac|Mc)(\p{Lu}\p{Ll}+)$/u;
const TITLE_BEFORE_SURNAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+$/;
const DETERMINER_BEFORE_CAPITALS = /^(?:the|a|an|this|its|THE|A|AN|THIS|ITS|The|This|Its)$/;
const VERB_BEFORE_CAPITALS = /\b(?:SAID|SAYS|TOLD|ASKED|SAW|MET|CALLED|RANG|PHONED|VISITED|SPOKE\s+(?:TO|WITH))\s+$/;
const VERB_AFTER_CAPITALS = new Set([...PERSON_AFTER_CAPITALS].filter((w) => w !== "and"));

const PERSON_BEFORE =
  /\b(?:(?:counter)?signed|authori[sz]ed|approved|interviewed|supervised|seen|told|informed|emailed|called|phoned|visit|visited|visiting)\s+(?:by\s+)?$|\b(?:met|spoke|spoken)\s+(?:with|to)\s+$|\b(?:Cllrs?|Councillor)\.?\s+$/i;
const PERSON_AFTER =
  /^['’]s\s+(?:caseload|workload|line\s+manager|supervision|view|account|assessment)\b|^\s+(?:said|told|stated|explained|signed|countersigned|agreed|confirmed|recalled|reported\s+that|wrote|recorded\s+that|was\s+on\s+leave|attended|was\s+(?:interviewed|seen))\b/i;
// "MC's street", "SM's note of the home visit": only a person has a home, a partner or a mother, or keeps notes, unless
// the acronym names a person's role ("the SI's partner").
// Who wrote or initialled a note ("initialled "PS"", "Comment by MC:", "Countersigned: HM,"), and what a person does
// next ("MP recorded the visit", "EM to visit", "EM and AR discussed", "Case note, 03/05/2024, TB: visited").
const WRITER_BEFORE =
  /(?:\binitiall?ed\s+(?:by\s+)?|\b(?:[Ee]ntry|[Ee]ntries|[Cc]omment|[Nn]otes?|[Mm]inutes)\s+by\s+|(?:^|[\n.;]\s*)[Cc]ountersigned:\s*|\b(?:sheet|book|log|list|register)\s+has\s+|\b(?:[Ii]njured\s+party|[Cc]omplainant)\s+)["“']?$/;
// "Present: Cllrs GR (Chair), HL and SP": everyone in a meeting's list of who was there.
const PRESENT_LIST_BEFORE = /(?:^|\n|[.;]\s*)(?:Present|Attendees|Attending|Apologies)\s*:[^.;\n]{0,80}$/;
// "AP (probation)", "IT (employee)": initials with what the person is, in brackets; not the acronym's own expansion
// ("AP (approved premises)").
const ROLE_IN_BRACKETS_AFTER = /^\s*\(([a-z][a-z ]{2,30})\)/;
const DOER_AFTER =
  /^(?:\s+(?:recorded|reviewed|discussed|visited|noted|completed|rang|phoned|e-?mailed|met|saw|spoke)\b(?!\s+(?:by|as|in)\b)|\s+(?:declined|reported\s+(?:as\s+usual|on\s+time|late))\b|\s+to\s+(?:visit|ask|call|ring|phone|contact|chase|see|arrange|speak)\b|\s+and\s+\p{Lu}{2,3}\s+(?:discussed|met|agreed|spoke|attended|visited|reviewed)\b|:\s+(?:visited|spoke|saw|met|rang|phoned|called|home\s+visit|no\s+answer|did\s+not)\b)/u;
// "PP1 (PQ) recorded": a person's initials in brackets after their identifier.
const IDENTIFIER_THEN_BRACKET = /\b(?:PP|SPO|PO|PSO|RM|CM|SI|W|V)\d{0,2}\s*\(\s*$/;
const PERSON_POSSESSED =
  /^['’]s\s+(?:home|house|flat|address|street|workplace|partner|ex-partner|wife|husband|girlfriend|boyfriend|mother|father|sister|brother|son|daughter|children|family|friend|phone|car|note|notes|record|records|log|entry|statement|handover|email|e-mail|diary)\b/i;
const ROLE_EXPANSION =
  /\b(?:individual|manager|officer|practitioner|lead|leader|worker|person|inspector|director|chair|adviser|advisor|coordinator|reviewer|victim|offender|perpetrator|child|partner|mentor|nurse|doctor)s?\b/i;

/** The first letters of a phrase's words: "approved premises" → "ap". */
const initialsOf = (phrase: string) =>
  phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join("");

/** Whether a token that is also an acronym is used as a person here ("signed by PS", "PS said", "MC's street"). */
function personContext(text: string, from: number, to: number): boolean {
  const after = text.slice(to, to + 30);
  const before = text.slice(Math.max(0, from - 30), from);
  if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) return true;
  if (!articleBefore(text, from) && (WRITER_BEFORE.test(before) || DOER_AFTER.test(after))) return true;
  if (IDENTIFIER_THEN_BRACKET.test(before) && /^\s*\)/.test(after)) return true;
  if (PRESENT_LIST_BEFORE.test(text.slice(Math.max(0, from - 90), from))) return true;
  const bracketed = ROLE_IN_BRACKETS_AFTER.exec(after)?.[1];
  if (bracketed !== undefined && initialsOf(bracketed) !== text.slice(from, to).toLowerCase()) return true;
  if (!PERSON_POSSESSED.test(after) || articleBefore(text, from)) return false;
  return !ROLE_EXPANSION.test(lookupAcronym(text.slice(from, to))?.expansion ?? "");
}

const FIELD_LABEL_BEFORE = /[\n|;]\s*[\p{L}][\p{L} ]{0,24}:\s*$/u;
const FIELD_END_AFTER = /^\s*(?:$|[\n|;])/;

/** Whether `from`–`to` is the whole value of a labelled field ("Who for: Worthy", "Owner: Clay | Date: …"). */
function fieldValueAt(text: string, from: number, to: number): boolean {
  // The label must open the text, a line or a cell: a slice that starts mid-text gets no line start of its own.
  const start = Math.max(0, from - 30);
  const before = `${start === 0 ? "\n" : ""}${text.slice(start, from)}`;
  return FIELD_LABEL_BEFORE.test(before) && FIELD_END_AFTER.test(text.slice(to, to + 4));
}
