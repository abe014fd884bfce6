import pii from "../data/piiLexicon.json" with { type: "json" };
import { cueAlternation } from "./cueAlternation.js";
import { escapeRegExp } from "./escapeRegExp.js";
import { isEnglishWord } from "./englishWords.js";
import { isKnownFirstName } from "./firstNames.js";
import { isListedSurname } from "./surnames.js";

/**
 * Context tests for a capitalised word that may be a person's name or an ordinary word
 * ("Grace asked" / "Grace periods", "Rose said" / "the Rose Hill estate", "June said" / "in June").
 * Shared by the register matcher and the unregistered-name finder so both read a word the same way.
 */

const NOT_NAMES = new Set(pii.notNames);
// A pronoun or a title after "and" starts a person, not the rest of an organisation's name ("Rose and Mr K").
const NOT_PROPER_AFTER_JOIN = new Set(["I", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"]);
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu;
// On the same line: in a signature the next line's "Probation practitioner" is no part of the name above it.
const TITLE_CASE_AFTER = /^[^\S\n]+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u;

/** Whether an article stands straight before `at` ("the Rose and Crown", "a Renault"). */
export function articleBefore(text: string, at: number): boolean {
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

// "<Name> Ward" is a hospital ward when a ward is where something happens ("from Primrose Ward", "the unit's
// Ellery Ward") in a sentence about a hospital; "Kyle Ward was detained at the scene" is a person.
const HOSPITAL_CONTEXT =
  /\b(?:hospital|psychiatric|forensic|inpatient|in-patient|nurse|nursing|clinician|consultant|patient|admitted|discharged|sectioned|ward|porters?|Porters?|bleep|matron|Hospital|Clinician|Consultant|Psychiatrist)\b/;
const WARD_AFTER = /^\s+Ward\b/;
const WARD_ENDS_LINE = /^\s+Ward[^\S\n]*(?:\n|$)/;
const LINE_COMMA_BEFORE = /,[^\S\n]*$/;
const WARD_PLACE_BEFORE =
  /(?:\b(?:on|from|to|onto|into|at|in|of)\s+(?:the\s+)?|\b(?:unit|hospital|clinic|trust)['’]s\s+|\bWard\s+(?:and|or|,)\s+)$/;

/** Whether `Ward` follows the word at `from`..`to` as a hospital ward's name ("the liaison nurse from Primrose Ward"). */
export function hospitalWardAt(text: string, from: number, to: number): boolean {
  if (!WARD_AFTER.test(text.slice(to, to + 6))) return false;
  const before = text.slice(Math.max(0, from - 20), from);
  // "…Responsible Clinician, Tennant Ward" closing a signature's line: where the writer works.
  const closesLine = WARD_ENDS_LINE.test(text.slice(to, to + 10)) && LINE_COMMA_BEFORE.test(before);
  if (!WARD_PLACE_BEFORE.test(before) && !closesLine) return false;
  return HOSPITAL_CONTEXT.test(text.slice(Math.max(0, from - 150), to + 150));
}

/** The title-case word straight after `to`, if one follows ("Judge Castlemaine" → "Castlemaine"; not "PP1"). */
export function titleCaseWordAfter(text: string, to: number): string | undefined {
  return TITLE_CASE_AFTER.exec(text.slice(to, to + 40))?.[1];
}
// "an Osman warning", "a Stanley knife", "rated Amber": a first name inside a fixed phrase is not a person.
const FIXED_PHRASES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${pii.nameInFixedPhrases.map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);
// The longest fixed phrase reaches this far either side of the name inside it.
const FIXED_PHRASE_REACH = Math.max(...pii.nameInFixedPhrases.map((p) => p.length));

/** The spans of fixed phrases that contain a name ("rated Amber", "Osman warning") in `text`. */
export function fixedPhraseSpans(text: string): [number, number][] {
  return Array.from(text.matchAll(FIXED_PHRASES), (m) => [m.index, m.index + m[0].length]);
}

/** Whether `text.slice(from, to)` lies inside a fixed phrase ("was rated Amber on the tracker"). */
export function inFixedPhrase(text: string, from: number, to: number): boolean {
  const start = Math.max(0, from - FIXED_PHRASE_REACH);
  return fixedPhraseSpans(text.slice(start, to + FIXED_PHRASE_REACH)).some(
    ([a, b]) => start + a <= from && to <= start + b,
  );
}

/** Month and day names that are also first names (April, May, June, July, August, Welsh Mai; Sunday, a Nigerian and Ghanaian name). */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  "January",
  "April",
  "May",
  "Mai",
  "June",
  "July",
  "August",
  "Sunday",
]);

const DAY_NAMES: ReadonlySet<string> = new Set(["Sunday"]);
// Welsh months that are English first names are months only next to a day or a year ("5 Mai 2026"), not after "to".
const DATED_ONLY: ReadonlySet<string> = new Set(["Mai"]);
const DAY_BEFORE_WORD = /(?:^|[^\p{L}])(?:on|by|since|until|last|next|this|every|each|following|that)\s+$/iu;
const MONTH_BEFORE =
  /(?:^|[^\p{L}])(?:in|on|by|since|until|till|from|to|during|of|early|late|mid|mid-|last|next|this|that|each|every|throughout|before|after|between|and|or|end\s+of|start\s+of|beginning\s+of)\s+$/iu;

// "for" makes a month only after something kept by the month ("the results for April", "the rota for May", "no entry
// for April") or planned for it ("the visit planned for April"): "a card for April" is a person.
const PERIOD_FOR_BEFORE =
  /(?:^|[^\p{L}])(?:results?|figures|data|rotas?|schedules?|plans?|targets?|returns?|reports?|statistics|stats|dates|deadlines?|minutes|notes|records|invoices?|rent|payments?|caseloads?|numbers|allocations?|lists?|tests?|testing|samples?|budgets?|entry|entries|planned|booked|arranged|scheduled|due|case|hearing|trial|listed|adjourned|fixed)\s+for\s+$/iu;
// "the results for April, his sister,": someone named and then described.
const ROLE_SET_OFF_AFTER = /^,\s+(?:his|her|their|the|a)\s+\p{Ll}+/u;
const MONTH_DETERMINER = /(?:^|[^\p{L}])(?:the|a|an|his|her|their|its|our|your|whose)\s+$/iu;

// Regexes used inside functions live here: a literal there is a new object on every call, and these run for every capitalised word.
const DAY_BEFORE = /\d\s*(?:st|nd|rd|th)?\s*(?:of\s+)?$/;
const YEAR_AFTER = /^\s*,?\s*['’]?\d/;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;
const SENTENCE_START = /(?:^|[.!?:•\n])\s*["'‘“(]?$/;
const CLAUSE_START = /(?:^|[.!?:•\n;])\s*["'‘“(]?$/;
const NEXT_WORD = /^\s+([\p{L}]+)(?:['’]t)?([\s\S]{0,30})/u;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
const ADVERB_BEFORE_VERB = /^(?:still|never|always|just|also|really|often|sometimes|usually|already|later)$/;
// "Georgia later withdrew its request": a body that speaks of itself as "it".
const ITS_AFTER = /^[^.,;:!?]{0,60}?\b(?:its|itself)\b/;
const COMMA_AFTER = /^,\s/;
const LOWER_START = /^\p{Ll}/u;
const BE_FORM = /^(?:was|is|were)$/;
const WORD_AFTER = /^\s+([\p{L}]+)/u;
const ED_ENDING = /ed$/;
// Saints, and mosques and gurdwaras named after someone ("Masjid Umar", "Gurdwara Guru Nanak"); "from the Mandir Ravi
// Patel" is a temple and then a person.
// Welsh street names put the street word first: "Cwrt Tegid", "Heol Dafydd", "Ffordd Owain"; "San Fernando" is a town.
const SAINT_BEFORE =
  /(?:^|[^\p{L}])(?:St\.?|Saint|San|Santa|Santo|São|Cwrt|Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant|Maes|Plas|(?<!\b[Tt]he\s+)(?:Masjid|Jamia|Gurdwara|Mandir|Madrasa|Madrassa))\s+$/u;
const HYPHEN_LOWER_AFTER = /^-\p{Ll}/u;
const CAPITALISED_AFTER = /^[^\S\n]+(\p{Lu}[\p{L}'’-]*)/u;
const POSSESSIVE = /['’]s$/;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
const PAIR_NAME_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+\p{Lu}\p{Ll}+\s+(?:and|&)\s+$/u;
const VENUE_AFTER = /^\s+(?:pub|inn|tavern|bar|hotel|club|café|cafe|restaurant)\b/;

const RECORD_BEFORE_MONTH = /\b(?:rota|list|diary|log|sheet|book|schedule|timetable|calendar|ledger)[,\s]+$/;
/** Whether a month- or day-named word ("June", "May", "Sunday") is used as the month or day here: next to a number or after "in", "by", "on", "since" and the like. */
const MONTH_SPAN_AFTER =
  /^\s+(?:to|until|till|–|-)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b/;
export function isMonthUse(text: string, from: number, to: number): boolean {
  const word = text.slice(from, to);
  if (!MONTH_NAMES.has(word)) return false;
  // A day is a day after fewer words than a month ("spoke to Sunday", "a statement from Sunday" are a person), and
  // never with a possessive ("Sunday's flat").
  if (DAY_NAMES.has(word)) {
    if (POSSESSIVE_AFTER.test(text.slice(to, to + 3))) return false;
    if (DAY_BEFORE_WORD.test(text.slice(Math.max(0, from - 12), from)) || YEAR_AFTER.test(text.slice(to, to + 4)))
      return true;
    return THE_BEFORE.test(text.slice(Math.max(0, from - 6), from)) && LOWER_WORD_AFTER.test(text.slice(to, to + 3));
  }
  if (DAY_BEFORE.test(text.slice(Math.max(0, from - 8), from))) return true;
  if (YEAR_AFTER.test(text.slice(to, to + 4))) return true;
  // "covers April to August 2024": the first month of a span.
  if (MONTH_SPAN_AFTER.test(text.slice(to, to + 26))) return true;
  // "Kayaker rota, June: Heligan, …": a record's month, heading its entries.
  if (text[to] === ":" && RECORD_BEFORE_MONTH.test(text.slice(Math.max(0, from - 16), from))) return true;
  if (DATED_ONLY.has(word)) return false;
  if (MONTH_BEFORE.test(text.slice(Math.max(0, from - 20), from))) return true;
  if (
    PERIOD_FOR_BEFORE.test(text.slice(Math.max(0, from - 20), from)) &&
    !ROLE_SET_OFF_AFTER.test(text.slice(to, to + 30))
  )
    return true;
  // Used attributively: "the June supervision notes", "her May appointment" (but "her June had left" is a person).
  return (
    MONTH_DETERMINER.test(text.slice(Math.max(0, from - 8), from)) &&
    LOWER_WORD_AFTER.test(text.slice(to, to + 3)) &&
    !personFollows(text, to)
  );
}

/** Whether `at` starts a sentence (after ., !, ?, :, a bullet or a line break, allowing an opening quote or bracket). */
export function sentenceInitial(text: string, at: number, semicolon = false): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || (semicolon ? CLAUSE_START : SENTENCE_START).test(before);
}

const IRREGULAR_PAST =
  /^(?:said|told|died|rode|went|met|saw|took|gave|made|wrote|spoke|came|left|kept|got|grew|began|became|sent|rang|brought|sought|found|heard|understood|chose|forgot|withdrew|knew|thought|felt|ran|drove|sat|stood|paid|lost|won|hid|fled|swore|threw|fell|fled|rose|woke|bought|caught|taught|meant|read|drew|led|held|sold|spent|slept|broke|wore|dealt|built|lent|flew|swam|fought|dug|stole|shook|struck)$/;
const PRESENT_VERB =
  /^(?:says|tells|asks|explains|thinks|feels|believes|knows|recalls|accepts|agrees|admits|denies|states|reports|describes|remembers|wants|lives|works|gets|goes|comes|seems|sees|keeps|takes|gives|sleeps|chairs|manages|owns|coaches|has|had|did|does|would|could|hasn|hadn|didn|doesn|wasn|isn|wouldn|couldn|won|shouldn|mustn|weren)$/;
const AFTER_BE =
  /^(?:present|absent|aware|unaware|responsible|unable|able|adamant|seen|spoken|away|born|told|held|sent|caught|beaten|bitten|woken|hurt|met|pregnant|unwell|serving|working)$/;
// "Sharp was on leave", "Sterling is off sick": where a member of staff was is said of a person, not a thing.
const LEAVE_KIND = "(?:(?:annual|sick|maternity|paternity|study|compassionate|long-term)\\s+)?";
const STAFF_STATUS_AFTER_BE = new RegExp(
  `^\\s+(?:on|off)\\s+${LEAVE_KIND}(?:leave|sick|holiday|duty|secondment|shift|nights|training|call|work)\\b`,
);
// Without a verb only leave and sickness say so: "Winter on call arrangements", "Will on call managers be told?" do not.
const STAFF_STATUS_VERBLESS = new RegExp(`^\\s+(?:off\\s+sick|on\\s+${LEAVE_KIND}leave)\\b`);
const PREGNANT_AFTER = /^\s+(?:\d{1,2}\s+(?:weeks?|wks|months?)['’]?\s+)?pregnant\b/;
const NOT_PAST =
  /^(?:speed|breed|greed|bleed|hundred|sacred|kindred|naked|wicked|rugged|ragged|jagged|crooked|wretched|beloved|based|related)$/;

/** The word after `to`, or "" (letters and apostrophes only). */
function nextWord(text: string, to: number): { word: string; rest: string } {
  const m = NEXT_WORD.exec(text.slice(to, to + 60));
  return m ? { word: m[1]!, rest: m[2]! } : { word: "", rest: "" };
}

/**
 * Whether the text after a capitalised word reads as that word being a person acting or owning:
 * a possessive ("Frost's landline"), a past or reporting verb ("Marsh moved", "Guy countersigned",
 * "Frank says") or an auxiliary ("Sky had contacted"). "Grace periods", "Mark the date", "Hope alone",
 * "Will PP1 review" and "Sky-high" do not.
 */
// "Glory was twenty when she married", "Lilac was on a community order": an age, or an order a court made.
const AGE_OR_ORDER_AFTER_BE =
  /^\s+(?:was|is|had\s+been)\s+(?:(?:aged\s+)?(?:\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:-\p{Ll}+)?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?=\s+(?:when|at|and|in|by|years?\s+old)\b|[,.;]|$)|on\s+(?:a\s+|an\s+|the\s+)?(?:community\s+order|suspended\s+sentence|licence|bail|remand|tag|probation|post-sentence\s+supervision)\b)/u;

export function personFollows(text: string, to: number): boolean {
  const after = text.slice(to, to + 3);
  if (POSSESSIVE_AFTER.test(after)) return true;
  if (COMMA_AFTER.test(after)) return false;
  // Notes drop the verb: "Bliss off sick 12 days", "Sky 22 weeks pregnant".
  if (STAFF_STATUS_VERBLESS.test(text.slice(to, to + 40)) || PREGNANT_AFTER.test(text.slice(to, to + 30))) return true;
  if (RESIDENT_OF_FLAT_AFTER.test(text.slice(to, to + 24))) return true;
  if (ANOTHER_PERSON_AFTER.test(text.slice(to, to + 40)) || MEMBER_OF_TEAM_AFTER.test(text.slice(to, to + 70)))
    return true;
  if (AGE_OR_ORDER_AFTER_BE.test(text.slice(to, to + 60)) || RUNS_THE_AFTER.test(text.slice(to, to + 30))) return true;
  if (ON_THE_LIST_AFTER.test(text.slice(to, to + 40)) || DOING_AFTER.test(text.slice(to, to + 24))) return true;
  let { word, rest } = nextWord(text, to);
  // "Archie still won't sleep", "Skye never said": an adverb between the name and its verb.
  if (ADVERB_BEFORE_VERB.test(word)) {
    if (ITS_AFTER.test(text.slice(to, to + 70))) return false;
    ({ word, rest } = nextWord(text, to + text.slice(to).indexOf(word) + word.length));
  }
  if (!word || !LOWER_START.test(word)) return false;
  if (IRREGULAR_PAST.test(word) || PRESENT_VERB.test(word)) return true;
  if (BE_FORM.test(word)) {
    // "Tudorel Lungeanu was not known to the council".
    if (KNOWN_TO_AFTER_BE.test(rest)) return true;
    let second = WORD_AFTER.exec(rest)?.[1] ?? "";
    // "Teodozja Bielawska was not interviewed": the participle after the negation.
    if (second === "not" || second === "never")
      second = WORD_AFTER.exec(rest.slice(rest.indexOf(second) + second.length))?.[1] ?? "";
    if (STAFF_STATUS_AFTER_BE.test(rest)) return true;
    return AFTER_BE.test(second) || (second.length > 4 && ED_ENDING.test(second) && !NOT_PAST.test(second));
  }
  return word.length > 4 && ED_ENDING.test(word) && !NOT_PAST.test(word);
}

const DID_NOT_AFTER = /^\s+(?:did\s+not|didn['’]t)\s+\p{Ll}{3,}/u;
const FROM_SERVICE_AFTER =
  /^\s+from\s+(?:probation|housing|the\s+council|the\s+police|police|children['’]s\s+services|social\s+services|the\s+(?:hostel|charity|school|college|surgery|club))(?=\s)/;
// "Bertilla runs the studio alone on Mondays": who runs a place of work.
const RUNS_THE_AFTER =
  /^\s+(?:runs|ran|owns|owned|manages|managed)\s+the\s+(?:business|studio|shop|firm|club|stall|kiosk|depot|yard|round|salon|café|cafe|pub|bar|farm|forge|hall|garage|van|orchard|nursery|kennels|cattery|dairy|workshop|mill|lido|stables|boat|launch|truck|bus)\b/;
const TOLD_SINCE_AFTER = /^\s+had\s+(?:not\s+|never\s+)?been\s+(?:told|warned|asked|informed|interviewed)\b/;
const PAST_PARTICIPLE =
  /^(?:used|written|taken|given|seen|done|gone|spoken|driven|shown|run|come|become|ridden|eaten|drunk|begun|sung|swum|flown|thrown|grown|known|forgotten)$/;
// "Hambling was down on the sheet", "Herluin had eleven cases at the time", "Ancret was rowing alone", "Fridolin was
// seen near the hall".
const ON_THE_LIST_AFTER =
  /^\s+(?:(?:was|were)\s+(?:(?:down|listed|named|booked|entered)\s+)?|appeared\s+)(?:on|in|for)\s+the\s+(?:\p{Lu}\p{Ll}+\s+|[a-z-]+\s+)?(?:sheet|rota|list|book|diary|register|log|ledger)\b/u;
const HAD_CASES_AFTER = /^\s+had\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+cases\b/;
const SEEN_AFTER = /^\s+(?:was|were)\s+(?:seen|spotted|heard|last\s+seen|frightened|scared|terrified)\b/;
const DOING_AFTER = /^\s+(?:was|is)\s+(?!being\b)\p{Ll}{3,}ing\b/u;
const VISITS_OR_ATTENDS =
  /^(?:visits|attends|attended|wants|says|tells|thinks|knows|believes|feels|remembers|helps|comes)$/;
const FESTIVAL_VERB = /^(?:fell|started|ended|began|finished)$/;
/**
 * Whether the word after a capitalised word is a verb in the past, as a person's deed is told ("Thecla fished every
 * Saturday", "Dabb added his number"): not what a festival does ("Eid fell", "Ramadan started", "Shabbos ended") and no
 * present ("Calderholt has").
 */
export function pastDeedFollows(text: string, to: number): boolean {
  // "Emeline from probation rang the depot": where someone works, then what they did.
  to += FROM_SERVICE_AFTER.exec(text.slice(to, to + 40))?.[0].length ?? 0;
  if (RUNS_THE_AFTER.test(text.slice(to, to + 30)) || ON_THE_LIST_AFTER.test(text.slice(to, to + 40))) return true;
  if (HAD_CASES_AFTER.test(text.slice(to, to + 30))) return true;
  if (DOING_AFTER.test(text.slice(to, to + 24)) || SEEN_AFTER.test(text.slice(to, to + 24))) return true;
  let { word } = nextWord(text, to);
  if (ADVERB_BEFORE_VERB.test(word)) word = nextWord(text, to + text.slice(to).indexOf(word) + word.length).word;
  // "Jakobina had sailed since she was ten", "Marcellin did not answer", "Gisella still visits the library".
  if (word === "had") {
    let at = to + text.slice(to).indexOf(word) + word.length;
    word = nextWord(text, at).word;
    // "Cawkwell had already reported it": an adverb between "had" and the deed.
    if (ADVERB_BEFORE_VERB.test(word)) {
      at += text.slice(at).indexOf(word) + word.length;
      word = nextWord(text, at).word;
      if (isPastDeed(word)) return true;
    }
    if (PAST_PARTICIPLE.test(word)) return true;
    // "Corriel had not been told", "Odo had never been warned": what is said to a person.
    if (TOLD_SINCE_AFTER.test(text.slice(to, to + 40))) return true;
  } else if (DID_NOT_AFTER.test(text.slice(to, to + 30)) || VISITS_OR_ATTENDS.test(word)) return true;

  return isPastDeed(word);
}

/** Whether a word is a verb in the past that tells a deed (see pastDeedFollows). */
export function isPastDeed(word: string): boolean {
  if (!word || !LOWER_START.test(word) || FESTIVAL_VERB.test(word)) return false;
  return IRREGULAR_PAST.test(word) || (word.length > 4 && ED_ENDING.test(word) && !NOT_PAST.test(word));
}

const KNOWN_TO_AFTER_BE =
  /^\s+(?:not\s+)?known\s+to\s+(?:the\s+)?(?:police|council|services|probation|committee|staff|club|studio|school|team|group|centre|shop|gym|hostel|charity|practice|surgery|agency)\b|^\s+the\s+subject\s+of\s+(?:the|this)\s+review\b|^\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:member|friend|regular|customer)\s+(?:of|at)\s|^\s+the\s+(?:SI|victim|PP\d*|SPO\d*|POM|COM|OM)\b(?!['’])|^\s+(?:not\s+)?the\s+(?:allocated|supervising|case|reviewing|previous)\s+(?:officer|manager|worker|practitioner)\b/u;
// One person beside another: "Muno Kahin and another driver held the door".
const ANOTHER_PERSON_AFTER =
  /^\s+and\s+(?:another|a\s+second|two\s+other|three\s+other)\s+(?:driver|man|woman|worker|resident|tenant|passenger|customer|member|volunteer|officer|neighbour|friend|colleague|player|client|patient|prisoner|boy|girl|lad)s?\b/;

// Someone placed by their team before what they did: "Idrelle Rookley from the outreach team rang the brewery",
// "Adaugo Geoghegan in the ticket office sold him the seat".
const MEMBER_OF_TEAM_AFTER =
  /^\s+(?:(?:from|in|at)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:team|service|unit|charity|project|hostel|office|shop|bar)|from\s+(?:probation|housing|the\s+council|police|social\s+services|children['’]s\s+services)|at\s+(?:table|pitch|stall|bed|desk|seat|chair)\s+\d{1,3})\s+(?:rang|phoned|said|told|wrote|visited|called|e-?mailed|attended|came|sold|served|saw)\b/u;

// A resident by where they live: "Awet Zewdi of Flat 16 said", "Absira Weldemichael in Flat 15 reported".
const RESIDENT_OF_FLAT_AFTER = /^\s+(?:of|in|from|at)\s+(?:Flat|Room|Cell|Bed|Pitch|Unit)\s+\d{1,4}[A-Za-z]?\b/;

// A plural noun and a verb that agrees with it: "Myrtle hedges line the path", "Marina moorings were where he worked",
// "Whippy machines must be cleaned", "Pounce bags hold chalk";
// not a verb and what it does ("Myrtle does have", "Myrtle helps run the group").
const PLURAL_SUBJECT_AFTER =
  /^[^\S\n]+(?!(?:does|goes|says|helps|lets|makes|texts|messages|calls|letters|emails|parents|children|kids|sons|daughters|friends|visits|notes|records|statements|words|views|wishes|needs|family|relatives)[^\S\n])\p{Ll}{2,}[^\Ws'’]s(?:[^\S\n]+(?:for|on|in|at|from|of|near|along|around)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Ll}+[^\S\n]+)?\p{Ll}+)?[^\S\n]+(?:are|were|have|set\s+up|sell|sold|parked|start|begin|run|open|close|finish|aren['’]t|weren['’]t|haven['’]t|line|lined|grow|cover|cost|sit|stand|hang|fill|belong|include|remain|surround|hold|hung|lay|showed|suggested|indicated|must|should|need|can(?:not)?|could|will|would|may|might)(?![\p{L}'’])/u;

// A word coordinated with a thing, the two the subject of a plural verb: "Tench and carp are stocked in the lake",
// "Burr and metal filings were found".
const COORDINATED_THING_AFTER =
  /^[^\S\n]+and[^\S\n]+(?!(?:his|her|their|the|a|an|my|our|your|friends|colleagues|staff|others|other|family|partner|children|kids|two|three|both|several|some)[^\S\n])\p{Ll}{3,}(?:[^\S\n]+\p{Ll}{3,})?[^\S\n]+(?:are|were|have|grow|swim|live)(?![\p{L}'’])/u;

// "Stemple bars and ladders are kept on the wall": the word before two plural nouns joined, the subject of a plural verb.
const PLURALS_JOINED_AFTER =
  /^[^\S\n]+\p{Ll}{2,}[^\Ws'’]s[^\S\n]+and[^\S\n]+\p{Ll}{2,}s[^\S\n]+(?:are|were|have|had)(?![\p{L}'’])/u;

/**
 * Whether a capitalised word modifies the plural noun after it, the subject of the verb after that ("Truss rafters for
 * the extension were delivered"), or is coordinated with a thing.
 */
export function modifiesPluralSubject(text: string, to: number): boolean {
  const after = text.slice(to, to + 70);
  return PLURAL_SUBJECT_AFTER.test(after) || COORDINATED_THING_AFTER.test(after) || PLURALS_JOINED_AFTER.test(after);
}

const SIGN_OFF_BEFORE =
  /\b(?:[Rr]egards|[Ss]incerely|[Ff]aithfully|[Ww]ishes|[Tt]hanks|[Tt]hank\s+you),?[^\S\n]*\n[^\S\n]*$/;
const LINE_END_AFTER = /^[^\S\n]*(?:\n|$)/;

/** Whether `from`–`to` is the name a letter is signed with: alone on its line, after "Kind regards", "Yours sincerely". */
export function signatureAt(text: string, from: number, to: number): boolean {
  return SIGN_OFF_BEFORE.test(text.slice(Math.max(0, from - 40), from)) && LINE_END_AFTER.test(text.slice(to, to + 4));
}

const SPEAKER_COLON = /^:\s/;
const COMMA_BEFORE = /,\s+$/;
// The speaker's own words: "I", "I'd", "my" in the turn after the label ("we" heads plans: "Hope: we aim to …"),
// not the numeral of "Part I" or "Tier I".
const FIRST_PERSON =
  /(?<![\p{L}'’])(?<!(?:Part|Tier|Section|Stage|Level|Phase|Category|Schedule|Annex|Appendix|Type|Volume)\s)(?:I|I['’](?:d|m|ve|ll)|[Mm]e|[Mm]y)(?![\p{L}'’])/u;
const TEXT_SPEAK_YOU = /(?<![\p{L}'’])(?:ur|u|babe|hun|hunni)(?![\p{L}'’])/u;
const TURN_END = /[.?!\n]/;
// A turn's label: "Q:", "RM:", "PP2:", "Bliss:", "Idwal Chenoweth:".
const TURN_LABEL = "(?:Q|A|Interviewer|RM|CM|\\p{Lu}{2,}\\d+|\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?):\\s";
const LABEL_NEXT = new RegExp(`^\\s*${TURN_LABEL}`, "u");
// The turn just before: a question put by a labelled speaker ("RM: How long had you held the case? "), in the same
// line or the line before; field labels ("CRN: X123456. ") ask nothing.
const QUESTION_TURN_BEFORE = new RegExp(`(?:^|[.?!]\\s+|\\n\\s*)${TURN_LABEL}[^\\n?]*\\?\\s*$`, "u");

/**
 * Whether the word or words at `from`–`to` label a turn in a transcript or statement: "Bliss: I'd been told …",
 * "RM: How long had you held the case? Bliss: About five months.", "Colleague statement, Brigitte Haberkorn: I
 * told …". The label opens a sentence or line (or follows a comma), and its turn speaks in the first person or
 * answers the question just put; "Faith: none recorded." in a diversity summary does neither.
 */
/**
 * With `textSpeak` (a known first name), a text message's turn may talk to someone in its own spelling instead
 * ("Frankie: babe theyre saying ur not allowed").
 */
export function speakerLabelAt(text: string, from: number, to: number, textSpeak = false): boolean {
  if (!SPEAKER_COLON.test(text.slice(to, to + 2))) return false;
  if (!sentenceInitial(text, from) && !COMMA_BEFORE.test(text.slice(Math.max(0, from - 3), from))) return false;
  const turn = text.slice(to + 1, to + 121);
  const end = turn.search(TURN_END);
  const words = end < 0 ? turn : turn.slice(0, end);
  if (FIRST_PERSON.test(words) || (textSpeak && TEXT_SPEAK_YOU.test(words))) return true;
  // A question that the next labelled turn answers: "Haven: Did anyone tell you …? Rusty: No."
  if (end >= 0 && turn[end] === "?" && LABEL_NEXT.test(turn.slice(end + 1))) return true;
  return QUESTION_TURN_BEFORE.test(text.slice(Math.max(0, from - 200), from));
}

// "Llyn Tegid", "Ysgol Dyffryn", "Capel Horeb": a Welsh word for a lake, a school, a chapel or a farm before a name
// makes the name a place's. Not "Bryn" or "Pen", which are first names too.
const WELSH_PLACE_BEFORE =
  /(?<![\p{L}])(?:Llyn|Ysgol|Meddygfa|Fferm|Capel|Eglwys|Afon|Nant|Cwm|Moel|Mynydd|Coed|Pont|Tŷ|Plas|Parc|Stryd|Heol|Ffordd|Lôn|Maes)\s+$/u;
const JOINED_PROPER_NOUN = /^\s+(?:and|of|&)\s+(\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}])/u;

/**
 * Whether the word before `to` is joined by "and", "of" or "&" to a capitalised word that is not a name
 * (`isName`), as in an organisation's or a pub's name: "Rose and Crown", "Grace of God"; not "Grace and Hope",
 * two people. "In" and "for" are left out: "asked Dawn for Hardcastle's notes", "met Dawn in Leeds".
 */
export function joinedToProperNoun(text: string, to: number, isName: (word: string) => boolean): boolean {
  const next = JOINED_PROPER_NOUN.exec(text.slice(to, to + 40))?.[1];
  return next !== undefined && !isName(next) && !NOT_PROPER_AFTER_JOIN.has(next);
}

/** The capitalised word straight after `to`, if one follows ("Rose Hill" → "Hill"). */
export function capitalisedWordAfter(text: string, to: number): string | undefined {
  return CAPITALISED_AFTER.exec(text.slice(to, to + 40))?.[1];
}

const WEEKDAY = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?$|^(?:Wednesday|Tuesday|Thursday|Saturday)$/;
/**
 * Whether a capitalised word is part of another proper noun rather than a person's name on its own:
 * after "St" ("St Anne's Walk"), joined to a lower-case word ("Sky-high"), followed by a place or
 * organisation word ("Rose Hill", "Sky Sports"), or inside "the <Word> <Word>" ("the Rose Hill estate").
 * `allowNext` lists following words that do belong to the person (the rest of a registered name).
 */
export function partOfOtherProperNoun(
  text: string,
  from: number,
  to: number,
  allowNext?: ReadonlySet<string>,
): boolean {
  const before = text.slice(Math.max(0, from - 16), from);
  if (SAINT_BEFORE.test(before) || WELSH_PLACE_BEFORE.test(before)) return true;
  if (HYPHEN_LOWER_AFTER.test(text.slice(to, to + 2))) return true;
  // "The Jug and Flagon pub": the second word of a pub's or a club's name.
  if (PAIR_NAME_BEFORE.test(text.slice(Math.max(0, from - 30), from)) && VENUE_AFTER.test(text.slice(to, to + 12)))
    return true;
  const next = capitalisedWordAfter(text, to)?.replace(POSSESSIVE, "");
  // "Rota: Pedlow Mon to Wed": a day after a name is when, not part of it.
  if (!next || allowNext?.has(next) || WEEKDAY.test(next)) return false;
  return NOT_NAMES.has(next) || THE_BEFORE.test(before);
}

const ANIMALS = cueAlternation(pii.animalWords);
// "the ram, Gerald,", "his cob, Percy,", "a collie called Meg"; not "He called her a cow, Tanya said".
const ANIMAL_BEFORE = new RegExp(
  `\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[\\p{L}\\d]+['’]s)\\s+(?:\\p{Ll}+\\s+)?(?:${ANIMALS}),\\s+$`,
  "u",
);
// A horse's or a boat's name may start with a title or a word ("Lady Margot", "Sister Scholastica", "Big Thady").
const THING_TITLE =
  "(?:(?:Sister|Lady|Sir|Lord|Dame|Big|Little|Miss|Saint|St|Captain|King|Queen|Prince|Princess|Duke|Avó|Avô|Nonna|Nonno|Babcia)\\s+)?";
const ANIMAL_CALLED_BEFORE = new RegExp(
  `\\b(?:(?:${ANIMALS})(?:s|es)?|ponies|puppies|caravan|stall|wagon|van|boat|narrowboat|barge|yacht|trawler)(?:\\s+|,\\s*)(?:(?:is|was|are|were)\\s+)?(?:called|named)\\s+(?:the\\s+)?(?:[A-Z][a-z]+\\s+and\\s+)?${THING_TITLE}$`,
);
// 'cockapoo "Faly"', 'pet profile "Faly, cockapoo, 4 years"': a pet's name in quotation marks beside its breed.
const ANIMAL_QUOTED_BEFORE = new RegExp(`\\b(?:${ANIMALS})\\s*["“‘']$`);
const QUOTES_BEFORE = /["“‘']$/;
const ANIMAL_BARE_AFTER = new RegExp(`^,\\s*(?:${ANIMALS})\\s*[,)"”’']`);
// "rode Sir Percival on the gallops", "had led up Lady Margot", "the horse passport number for Lady Margot".
const RIDDEN_BEFORE = new RegExp(
  `(?:\\b(?:rode|ridden|riding|rides|saddled|saddling|led\\s+up)|\\b(?:${ANIMALS})\\s+(?:passport|microchip)\\s+(?:number\\s+)?(?:for|of))\\s+${THING_TITLE}$`,
);
// "fined Big Thady's rider": what only a horse has; "Big Thady's passport number is 826006000928146": fifteen digits
// are an equine passport's number (a UELN), not a person's. A delivery app's "rider ID" is a person's.
const RIDER_AFTER =
  /^['’]s\s+(?:rider(?!['’]s|\s+(?:ID|number|no\b|account|app)\b)|jockey(?!\s+licen[cs]e)|mane|hooves|saddle|bridle|stall(?=\s+(?:door|bedding|straw|was\s+mucked)\b)|(?:horse\s+)?passport\s+(?:number\s+)?(?:is\s+|was\s+|,\s*)?\d{15}(?!\d))\b/;
// "Bess, the lurcher,", "Boris, the bull, is kept"; not "Rob, the dog walker,".
const ANIMAL_AFTER = new RegExp(
  `^,\\s+(?:the|a|an|his|her|their|our|my)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?(?:${ANIMALS})(?=\\s*,|\\s+(?:is|was|were|has|had|lived|died|born|foaled|bred|aged)\\b)`,
  "u",
);

// "The trawler Sister Scholastica was moored": a vessel's name after the word for it.
const KEPT_VESSELS = "trawler|boat|vessel|yacht|narrowboat|barge|tug|dinghy|lifeboat";
// "Sultan is a grey cob", "Duchess was a bay mare in foal": a name said to be an animal.
// Only breeds and beasts kept, not insults ("a lying cow", "a snake"), and not a trade ("a horse dealer", "a dog
// handler").
const KEPT_ANIMALS =
  "cob|mare|stallion|gelding|foal|colt|filly|racehorse|pony|horse|donkey|mule|alpaca|llama|lurcher|terrier|spaniel|collie|sheepdog|labrador|retriever|greyhound|whippet|staffie|mastiff|bulldog|alsatian|kitten|puppy|ewe|heifer|cow|calf|bull|bullock|goat|basset|beagle|dachshund|poodle|rottweiler|husky|pug|schnauzer|ferret|hamster|tortoise|parrot";
// "Millie was born in 2019 and is the farm's quietest llama", "Reginald, Millie and Gwynno are the farm's pack
// llamas": a name (or a list of them) that the sentence goes on to call a kept animal, with nothing a person does
// between.
// "Kolla was seen by the vet": only an animal is a vet's patient.
const VET_AFTER =
  /^\s+(?:was|is|had\s+been|has\s+been)\s+(?:seen|treated|checked|examined|stitched|taken|put\s+down)\s+(?:by|to)\s+the\s+vets?\b/;
const ANIMAL_PREDICATE_AFTER = new RegExp(
  `^((?:(?:,\\s+|\\s+and\\s+)\\p{Lu}[\\p{L}'’-]*)*(?:\\s+(?:[\\p{Ll}\\d][\\p{L}\\d'’/-]*,?|January|February|March|April|May|June|July|August|September|October|November|December)){0,10}?)\\s+(?:is|was|are|were)\\s+(?:a|an|the|his|her|their|our|my|one\\s+of\\s+the)\\s+(?:(?!(?:of|the|a|an|and|or|with|for|to)\\s)[\\p{Ll}\\d'’-]+\\s+){0,3}(?:${KEPT_ANIMALS})s?(?![\\p{L}-]|\\s+\\p{Ll}+(?:er|or|ist)\\b)`,
  "u",
);
const PERSON_DEED_BETWEEN =
  /\b(?:said|says|told|thought|thinks|believed|knew|saw|asked|owns|owned|rides|rode|walked|fed|bought|sold|led|kept|took|has|had|called|named|with|who|whose)\b/;
// "4 llamas (Millie, Gwynno, Snowdrop)": names in brackets after the animals they are.
const ANIMALS_LISTED_BEFORE = new RegExp(`\\b(?:${KEPT_ANIMALS})s?[^\\S\\n]*\\((?:[^()\\n]{0,60},[^\\S\\n]*)?$`, "u");
const IS_AN_ANIMAL_AFTER = new RegExp(
  `^\\s+(?:is|was)\\s+(?:a|an|the|his|her|their|our|my)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${KEPT_ANIMALS})(?![\\p{L}-]|\\s+\\p{Ll}+(?:er|or|ist)\\b)`,
  "u",
);
// "The mare Dara was lame", "The dealer's dog was called Benny": a kept animal's word before its name.
const KEPT_ANIMAL_BEFORE = new RegExp(
  `\\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\\s+(?:(?:rescued|rescue|old|new|young|pet)\\s+)?(?:${KEPT_ANIMALS}|dog|cat|${KEPT_VESSELS})\\s+|(?:${ANIMALS})s?\\b[^.;!?\\n]{0,40}?\\b(?:is|was|are|were)\\s+(?:called|named)\\s+(?:the\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+and\\s+)?)${THING_TITLE}$`,
  "u",
);
// A nickname in quotes straight after a name.
const NICKNAME_AFTER = /^\s+["“]\p{Lu}/u;
// "Gertie was treated for burns to her paws": what only an animal has; not "a muzzle", a thing someone uses ("he never
// used a muzzle on the dogs").
const ANIMAL_BODY_AFTER =
  /^[^.;!?\n]{0,60}\b(?<!\b(?:a|an)\s)(?:paws?|hooves|hoof|fleece|muzzle|snout|whiskers|withers|fetlocks?)\b/;
// "Jessie barked whenever the workers came near": what only an animal does.
const ANIMAL_SOUND_AFTER = /^\s+(?:barked|barks|whined|growled|neighed|bleated|purred|mewed|miaowed)\b/;
// "let the family graze Sultan and Duchess": what is grazed or stabled is an animal.
const ANIMAL_VERB_BEFORE =
  /\b(?:graze|grazes|grazed|grazing|stable|stables|stabled|shoe|shod|muck\s+out)\s+(?:\p{Lu}\p{Ll}+\s+and\s+)?$/u;

const POSSESSIVE_NEXT = /^['’]/;
// "sleeping on the Mirain, which belonged to a friend", "aboard Mirain": a boat, a pub, a thing with a name.
const WHICH_AFTER = /^,?\s+which\b/;
// "The Ketty wagon", "the Ferraby bench", "is called the Ketty": a wagon, a bench or a boat named after someone.
const NAMED_THING_AFTER =
  /^\s+(?:wagon|caravan|trailer|boat|barge|narrowboat|ride|stall|lorry|truck|van|bench|window|cup|trophy|shield|plaque|loaf|cake|range|brand|belt|award|prize|skip|jackpot|bus\s+shelter|bus\s+stop|bakery|shop|garage|salon|takeaway|restaurant)s?\b/;
const CALLED_THE_BEFORE = /\b(?:called|named|christened)\s+the\s+$/;
// "Ethel the basset was boarding": a name and the kind of animal it names.
const THE_ANIMAL_AFTER = new RegExp(`^\\s+the\\s+(?:${KEPT_ANIMALS}|dog|cat)\\b`);
// "He had named a heifer Annwen": what someone named an animal.
const NAMED_AN_ANIMAL_BEFORE = new RegExp(
  `\\b(?:named|called|christened)\\s+(?:a|the|his|her|their)\\s+(?:${KEPT_ANIMALS})\\s+$`,
);
// "aboard Mirain", "nb Ferncutter": a boat, by what it is boarded or called.
const ABOARD_BEFORE = /\b(?:aboard\s+(?:the\s+)?|nb\s+|n\.b\.\s+)$/;

/**
 * Whether the name at `from`..`to` is an animal's or a boat's, set off beside the word for it, ridden or boarded; a one-word
 * name also in an appositive ("his cob, Percy,").
 */
// "The older hearse is known as Bessie", "a silver hatchback the instructors called Bumblebee": a vehicle's nickname;
// "Bessie was parked in the garage": what is done only to a vehicle ("Aodh's engine" may be his car's).
const VEHICLE_NAMED_BEFORE =
  /\b(?:hearse|car|bus|coach|lorry|tractor|hatchback|minibus|taxi|cab|motorbike|van|truck)\s+(?:(?:that\s+)?(?:the|his|her|their|everyone)\s+(?:[\p{Ll}-]+\s+)?)?(?:(?:is|was)\s+)?(?:(?:also\s+)?known\s+as|nicknamed|called|named|christened)\s+(?:the\s+)?["“]?$/u;
// "The crusher, "Old Elijah",", "the route "Ginnie"", "a leek called 'Zebari Giant'", "the runner bean 'Treena'":
// a machine, a climbing route or a plant's variety named after someone; 'the teddy bear "Big Lochlainn"', a toy, a
// mascot or a boat ("The narrowboat 'Vernice'"). Not "the young loader, Nergui,": a bin crew's loader is a person.
const NAMED_THING_BEFORE =
  /\b(?:crusher|machine|crane|digger|loader(?!s?\s*,)|forklift|kiln|oven|mixer|route|leek|bean|potato|tomato|rose|dahlia|onion|marrow|variety|cultivar|teddy|bear|doll|dummy|mannequin|puppet|mascot|scarecrow|boat|narrowboat|barge|yacht|cruiser|dinghy|trawler|clematis|fuchsia|camellia|peony|hydrangea|rhododendron|azalea|apple|tulip|river|stream|brook|printer|computer|laptop|robot)s?\s*(?:,\s*|\s+(?:(?:is|was)\s+)?(?:(?:also\s+)?known\s+as|nicknamed|called|named|christened)\s+)?(?:the\s+)?["“‘']?(?:\p{Lu}\p{Ll}+\s+)?$/u;
// "'Paulie', an African grey parrot", "Harvey's, the fish bar by the car park", "Kereama Kai, a food van": what the
// name is, said just after it.
const THING_APPOSITIVE_AFTER = new RegExp(
  `^['’]?(?:['’]s)?,\\s+(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:${ANIMALS}|fish\\s+bar|bar|shop|café|cafe|pub|takeaway|restaurant|chippy|garage|salon|launderette|laundrette|food\\s+van|van)(?=\\s*[,.;)]|\\s*$|\\s+(?:by|on|in|at|near|next|which|that|with|beside|opposite|outside)\\b)`,
  "u",
);
// "'Lady Petunia' was the boat nearest the office": a quoted name said to be a boat (not "was the only setter": a
// person's job may share a breed's name).
const QUOTED_BOAT_AFTER =
  /^['’"”]\s+(?:was|is)\s+(?:the|a|an)\s+(?:\p{Ll}+\s+)?(?:boat|narrowboat|barge|yacht|cruiser)\b/u;
// "twelve 'Nelly Moser' clematis": a plant's variety, named before the plant.
const QUOTED_VARIETY_AFTER =
  /^(?:\s+\p{Lu}[\p{L}-]*){0,2}['’"”]\s+(?:clematis|roses?|dahlias?|fuchsias?|camellias?|peonies|peony|tulips?|sweet\s+peas?)\b/u;
// "'Keely's Lass' ran in the last race", "'Mister Maskell' finished third at odds of 5-1": a racing dog or horse.
const QUOTE_BEFORE = /['‘"“](?:\p{Lu}[\p{L}'’]*\s+){0,2}$/u;
const RACER_AFTER =
  /^(?:[^'’"”]{0,30})['’"”]\s+(?:ran|finished|won|was\s+withdrawn|trapped|was\s+scratched)\b[^.]{0,40}\b(?:race|odds|trap|heat)\b/;
// "a revival of Medea (cert 15)", "a screening of Medea": a film's title.
const FILM_AFTER = /^\s*\((?:cert|certificate|rated)\.?\s+(?:U|PG|12A?|15|18|R18)\b/;
const FILM_BEFORE = /\b(?:revival|screening|showing|matinee|premiere)\s+of\s+$/;
const VEHICLE_AFTER = /^\s+(?:was|is)\s+(?:parked|towed|clamped|serviced|valeted|resprayed|refuelled|garaged)\b/;
export function animalNameAt(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 40), from);
  if (VEHICLE_NAMED_BEFORE.test(text.slice(Math.max(0, from - 60), from))) return true;
  const after = text.slice(to, to + 50);
  if (THING_APPOSITIVE_AFTER.test(after) || QUOTED_BOAT_AFTER.test(after) || QUOTED_VARIETY_AFTER.test(after))
    return true;
  // "09:10 Nala (owner Ornella)": a pet on a vet's list, its owner in brackets.
  if (/^\s*\((?:owner|owners)\s+\p{Lu}/u.test(text.slice(to, to + 12))) return true;
  if (QUOTE_BEFORE.test(text.slice(Math.max(0, from - 30), from)) && RACER_AFTER.test(text.slice(to, to + 70)))
    return true;
  if (NAMED_THING_BEFORE.test(text.slice(Math.max(0, from - 60), from))) return true;
  if (FILM_AFTER.test(text.slice(to, to + 24)) || FILM_BEFORE.test(before)) return true;
  if (!text.slice(from, to).includes(" ") && VEHICLE_AFTER.test(text.slice(to, to + 30))) return true;
  // Not 'Customers at the stall called Feoras "Curd"': a nickname after the name makes "called" what people do.
  if (
    (ANIMAL_CALLED_BEFORE.test(before) && !NICKNAME_AFTER.test(text.slice(to, to + 4))) ||
    KEPT_ANIMAL_BEFORE.test(text.slice(Math.max(0, from - 70), from))
  )
    return true;
  if (RIDDEN_BEFORE.test(before) && !POSSESSIVE_NEXT.test(text.slice(to, to + 2))) return true;
  if (
    ANIMAL_QUOTED_BEFORE.test(before) ||
    (QUOTES_BEFORE.test(before) && ANIMAL_BARE_AFTER.test(text.slice(to, to + 30)))
  )
    return true;
  if (RIDER_AFTER.test(text.slice(to, to + 48))) return true;
  if (ABOARD_BEFORE.test(before) || CALLED_THE_BEFORE.test(before) || NAMED_AN_ANIMAL_BEFORE.test(before)) return true;
  if (THE_ANIMAL_AFTER.test(text.slice(to, to + 24))) return true;
  if (
    THE_BEFORE.test(before) &&
    (WHICH_AFTER.test(text.slice(to, to + 8)) || NAMED_THING_AFTER.test(text.slice(to, to + 12)))
  )
    return true;
  if (text.slice(from, to).includes(" ")) return false;
  if (ANIMAL_VERB_BEFORE.test(before)) return true;
  if (IS_AN_ANIMAL_AFTER.test(text.slice(to, to + 50)) || VET_AFTER.test(text.slice(to, to + 40))) return true;
  const predicate = ANIMAL_PREDICATE_AFTER.exec(text.slice(to, to + 160));
  if (predicate && !PERSON_DEED_BETWEEN.test(predicate[1]!)) return true;
  if (ANIMALS_LISTED_BEFORE.test(text.slice(Math.max(0, from - 80), from))) return true;
  // The name closes the appositive: "his cob, Percy, after", not "the cat, Percy noted" or "the cat, Kofi's,".
  if (ANIMAL_BEFORE.test(before) && text[to] === ",") return true;
  return (
    ANIMAL_AFTER.test(text.slice(to, to + 40)) ||
    ANIMAL_SOUND_AFTER.test(text.slice(to, to + 12)) ||
    ANIMAL_BODY_AFTER.test(text.slice(to, to + 80))
  );
}

// "Keelie played Amaka", "went on as Amaka", "the character Amaka": a part in a play, not a person; nor are "Jelani
// and Amaka", said to be characters.
const PART_BEFORE =
  /\b(?:played|plays|playing|cast\s+as|(?:went|goes|going)\s+on\s+as|the\s+(?:role|part)\s+of|the\s+character(?:\s+of)?)\s+$/i;
const CHARACTERS_AFTER = /^(?:\s+and\s+\p{Lu}\p{Ll}+)?\s+(?:are|is)\s+(?:both\s+)?(?:a\s+)?characters?\b/u;
const OPPONENT_AFTER = /^\s+(?:at|in\s+(?:the|a)\s+(?:final|match|game|semi-final|round|league))\b/;
const CHARACTERS_BEFORE = /\b\p{Lu}\p{Ll}+\s+and\s+$/u;

// "Captain Edern is the hero of The Tidewater Run": a film's or a book's character.
const CHARACTER_OF_AFTER =
  /^\s+(?:is|was)\s+the\s+(?:hero|heroine|villain|main\s+character|title\s+character)\s+of\s+(?:the\s+(?:film|book|play|novel|series|show|game|story)\b|\p{Lu})/u;

/** Whether the name at `from`..`to` names a part in a play or a character in a story. */
export function playedPartAt(text: string, from: number, to: number): boolean {
  if (CHARACTER_OF_AFTER.test(text.slice(to, to + 40))) return true;
  if (text.slice(from, to).includes(" ")) return false;
  // "He played Amaka at darts": an opponent.
  if (PART_BEFORE.test(text.slice(Math.max(0, from - 30), from))) return !OPPONENT_AFTER.test(text.slice(to, to + 30));
  return (
    CHARACTERS_AFTER.test(text.slice(to, to + 40)) ||
    (CHARACTERS_BEFORE.test(text.slice(Math.max(0, from - 20), from)) &&
      /^\s+(?:are|is)\s+(?:both\s+)?characters\b/.test(text.slice(to, to + 30)))
  );
}

// "Jiang is also the word for river", "Holgate is a district of York", "Daukšaitė is the surname form for an unmarried
// Lithuanian woman": a sentence about a word, a place or a form of a name, not about anyone.
const DEFINED_AFTER =
  /^\s+is\s+(?:also\s+)?(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:word|term|district|suburb|beach|village|town|city|island|river|valley|tribe|clan|surname\s+form|spelling)\s+(?:for|of|in|on|near|meaning|with)\b|(?:name|first\s+name|surname)(?=[,.;]|\s+(?:for|in|among|meaning|of)\b))/u;
const SENTENCE_START_BEFORE = /(?:^|[.;!?]["”]?\s+)$/;

/** Whether the word at `from`..`to` opens a sentence that defines it as a word, a place or a name form. */
export function definedAsWordAt(text: string, from: number, to: number): boolean {
  return (
    SENTENCE_START_BEFORE.test(text.slice(Math.max(0, from - 4), from)) && DEFINED_AFTER.test(text.slice(to, to + 80))
  );
}

// "a pre-season trip to Sion in Switzerland": a town abroad, after a word for going or being there.
const IN_COUNTRY_AFTER = new RegExp(`^\\s+in\\s+(?:${pii.countries.map(escapeRegExp).join("|")})\\b`);
const PLACE_PREPOSITION_BEFORE = /\b(?:to|from|in|at|near|visited|visiting)\s+$/;

// The ports and cities abroad that lorries, ferries and boats from Britain run to: "the Dunkirk and Ostend runs".
const PORTS_ABROAD: ReadonlySet<string> = new Set([
  "Calais",
  "Dunkirk",
  "Ostend",
  "Zeebrugge",
  "Rotterdam",
  "Europoort",
  "Cherbourg",
  "Dieppe",
  "Roscoff",
  "Rosslare",
  "Antwerp",
  "Hamburg",
  "Bilbao",
  "Caen",
]);

/** Whether the word at `from`..`to` is a town abroad: "to Sion in Switzerland", "from Kotli in Pakistan", "Ostend". */
export function townAbroadAt(text: string, from: number, to: number): boolean {
  return (
    PORTS_ABROAD.has(text.slice(from, to)) ||
    (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, from - 12), from)) &&
      IN_COUNTRY_AFTER.test(text.slice(to, to + 40)))
  );
}

// "Elham police station", "Elham CT20 1AA", "University of Elham", "the Belstone village car park", "The Polmont
// station camera": a word that may be a first name, used as a town.
const TOWN_USE_AFTER =
  /^(?:[^\S\n]+(?:(?:police|fire|ambulance|railway|bus|coach)[^\S\n]+station|(?:probation|council|sorting|register|job[^\S\n]?centre)[^\S\n]+office|(?:town|city|village)[^\S\n]+(?:centre|hall)|(?:village|station|junction|roundabout|bypass|interchange)(?![^\S\n]+(?:Road|Street|Lane|Way|Avenue|Drive|Close))|(?:[Mm]agistrates['’]?|[Cc]rown|[Cc]ounty|[Ff]amily)[^\S\n]+[Cc]ourt|[Bb]usiness[^\S\n]+[Pp]ark)\b|,?[^\S\n]+[A-Z]{1,2}\d[A-Z\d]?[^\S\n]?\d[A-Z]{2}\b)/;
const TOWN_OF_BEFORE = /\b(?:University|College|Port|Isle|Borough|City|Town|Vale)[^\S\n]+of[^\S\n]+$/;

/** Whether the single word at `from`..`to` is used as a town: before its police station or postcode, after "University of". */
export function townUsedAt(text: string, from: number, to: number): boolean {
  return (
    !text.slice(from, to).includes(" ") &&
    (TOWN_USE_AFTER.test(text.slice(to, to + 30)) || TOWN_OF_BEFORE.test(text.slice(Math.max(0, from - 16), from)))
  );
}

// "the Greggs on Almondvale Boulevard", "the Costa on Crayford Road": a chain's branch, placed by its street.
const BRANCH_BEFORE = /(?:^|[^\p{L}])[Tt]he[^\S\n]+$/u;
const BRANCH_AFTER =
  /^(?:['’]s)?[^\S\n]+(?:on|in)[^\S\n]+(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){1,3}(?:Road|Street|Boulevard|Avenue|Lane|Way|Parade|Square|Row|Place|Drive|Hill|Broadway|Precinct|Retail[^\S\n]+Park|Shopping[^\S\n]+Centre)\b/u;

/** Whether the single word at `from`..`to` names a chain's branch by its street ("the Greggs on Grahams Road"). */
export function branchAt(text: string, from: number, to: number): boolean {
  return (
    !text.slice(from, to).includes(" ") &&
    BRANCH_BEFORE.test(text.slice(Math.max(0, from - 5), from)) &&
    BRANCH_AFTER.test(text.slice(to, to + 60))
  );
}

// "Route: Newbold, Lawford Heath, Draycote", "Ticket: Witham to Stratford", "Dest: Kirby site": places after a
// journey's label, up to the next field.
const JOURNEY_LABEL_BEFORE = /\b(?:Route|Ticket|Journey|Itinerary|Stops|Destination|Dest|Via)[^\S\n]*:[^\n|;:]*$/;

// "Game title: Duskvale", "App: Glimmer": a thing's name after its label.
const THING_LABEL_BEFORE =
  /\b(?:Game|App|Platform|Product|Brand|Software|Device|Model|Console)(?:[^\S\n]+(?:title|name))?[^\S\n]*:[^\S\n]*$/;

// "had driven through Whinrig", "courtroom 2, Slitrig": a place passed through, or a court's town after its room.
const THROUGH_OR_COURTROOM_BEFORE =
  /\b(?:(?:driven|drove|drives|drive|driving|walked|walking|cycled|travelled|rode|passed)[^\S\n]+(?:back[^\S\n]+|straight[^\S\n]+)?through|[Cc]ourt(?:room)?[^\S\n]+\d{1,2},)[^\S\n]+$/;

/**
 * Whether the words at `from` stand in a journey's field or a thing's ("Route: …", "Game title: …"), or name a place
 * passed through or a court's town: no one's name.
 */
export function journeyPlaceAt(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 80), from);
  return (
    JOURNEY_LABEL_BEFORE.test(before) || THING_LABEL_BEFORE.test(before) || THROUGH_OR_COURTROOM_BEFORE.test(before)
  );
}

const NATIONALITIES: ReadonlySet<string> = new Set(pii.nationalities);
// "Reassessment", "Unannounced", "Rebook": a prefix before a word of the language.
const PREFIXED = /^(?:Re|Un|Pre|Non|Mis|Dis)(\p{Ll}{4,})$/u;

/**
 * Whether one capitalised word is a nationality or a language ("Nationality: Dutch", "Interpreter: Dutch") or a
 * prefixed word of the language ("Reassessment booked for 28 March"), which no one is called.
 */
export function nationalityOrPrefixedWord(text: string, from: number, to: number): boolean {
  const word = text.slice(from, to);
  if (NATIONALITIES.has(word)) return true;
  const rest = PREFIXED.exec(word)?.[1];
  return rest !== undefined && isEnglishWord(rest) && !isKnownFirstName(word) && !isListedSurname(word);
}

// "The Lazarescu family bakery": a business the family runs, named after it.
const FAMILY_BUSINESS_AFTER =
  /^[^\S\n]+family[^\S\n]+(?:bakery|business|firm|shop|farm|restaurant|centre|hub|butchers?|garage|caf[eé]|hotel|pub|company|takeaway|store|boatyard)\b/u;

/** Whether "family" and a business follow the surname ending at `to`: the family's firm, not its people. */
export function familyBusinessAfter(text: string, to: number): boolean {
  return FAMILY_BUSINESS_AFTER.test(text.slice(to, to + 40));
}

// "The river Clyde runs behind the car park", "up Mount Keen": a river's or a hill's name.
const RIVER_OR_HILL_BEFORE = /\b(?:[Rr]iver|[Mm]ount|[Ll]och|[Ll]ake)\s+$/u;

/** Whether the word at `from` names a river, a loch or a hill, by the word before it. */
export function riverOrHillAt(text: string, from: number): boolean {
  return RIVER_OR_HILL_BEFORE.test(text.slice(Math.max(0, from - 8), from));
}
