import model from "../data/nameModel.json" with { type: "json" };
import pii from "../data/piiLexicon.json" with { type: "json" };
import { lookupAcronym } from "./acronymDictionary.js";
import { isEnglishWord } from "./englishWords.js";
import { logistic } from "./logistic.js";
import { isKnownFirstName } from "./firstNames.js";
import { isListedSurname } from "./surnames.js";
import { FIRM_COMPOUND, looksLikeTown, neitherPlaceNorBody } from "./findPersonNames.js";
import { animalNameAt, definedAsWordAt } from "./nameContext.js";

/**
 * A second opinion on capitalised words the hand-written passes leave alone: a logistic model over each word's shape,
 * the word lists it is on and the words around it, trained on the labelled corpora by `scripts/trainNameModel.ts`.
 * The passes read cues a person wrote down ("steward Tugger", "SPO Southwick"); the model weighs many weak ones at
 * once, which is what a name nobody has cued ("Gyorgy Whalsay joins the team") needs.
 */

export interface Token {
  from: number;
  to: number;
  text: string;
}

// An initial with its full stop, a word (with inner apostrophes, hyphens or dots, but not a possessive's "'s"), a
// number, or one mark.
const TOKEN =
  /\p{Lu}\.(?!\p{L})|[\p{L}\p{M}]+(?:(?:['’](?![sS](?!\p{L}))|[.-])[\p{L}\p{M}]+)*|\p{N}+|[^\p{L}\p{M}\p{N}\s]/gu;
const CAPITALISED = /^\p{Lu}/u;
const APOSTROPHES = new Set(["'", "’"]);
const LETTER = /^\p{L}/u;
const NOT_LETTERS = /[^\p{L}]/u;
const SENTENCE_OPENERS = new Set([".", "!", "?", ":", ";", '"', "“", "'", "‘", "("]);
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(pii.organisationWords);
// "previously Nkawkaw Eggs", "Baganuur Amusements": a trade's word that ends a firm's name.
const FIRM_ENDINGS: ReadonlySet<string> = new Set(pii.firmEndings);
const TITLES: ReadonlySet<string> = new Set(pii.titles);
// "60 Kirk Wynd", "11 Kirk Brae": a street's own word after its name, not a surname.
const PLACE_WORDS: ReadonlySet<string> = new Set(pii.placeWords);
const STREET_NAME_BEFORE = /^(?:\d{1,4}[A-Za-z]?|\p{Lu}\p{Ll}+)$/u;
const UK_PLACES: ReadonlySet<string> = new Set(pii.ukPlaces);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ from: m.index, to: m.index + m[0].length, text: m[0] });
  return out;
}

export const isCapitalisedWord = (token: string) => CAPITALISED.test(token);

/** "McAllister" → "Mcallister": how the census list spells a surname. */
const censusForm = (word: string) => {
  const bare = word.replace(/['’]/g, "");
  return bare[0] + bare.slice(1).toLowerCase();
};

/** The word lists a capitalised word is on, as one feature value: "eng|fn" for "Rose", "sn" for "Fothergill". */
export function listsOf(word: string): string {
  const lists: string[] = [];
  if (isEnglishWord(word)) lists.push("eng");
  if (isKnownFirstName(word)) lists.push("fn");
  if (isListedSurname(censusForm(word))) lists.push("sn");
  if (UK_PLACES.has(word)) lists.push("pl");
  else if (word.length > 5 && looksLikeTown(word)) lists.push("te");
  if (ORGANISATION_WORDS.has(word)) lists.push("org");
  if (TITLES.has(word)) lists.push("tit");
  if (word.length > 1 && word === word.toUpperCase()) lists.push(`caps${Math.min(word.length, 4)}`);
  return lists.join("|");
}

/** Raised whenever `nameFeatures` changes: the data file records the one it was trained with, and a test compares. */
export const NAME_FEATURES_VERSION = 1;

/** The features of `tokens[i]`, a capitalised word. Training and scoring both call this, so they cannot drift apart. */
export function nameFeatures(tokens: readonly Token[], i: number, lists: (word: string) => string = listsOf): string[] {
  const word = tokens[i]!.text;
  const lower = word.toLowerCase();
  const own = lists(word);
  const features = ["b", `fl:${own}`, `w:${lower}`, `s3:${lower.slice(-3)}`, `s2:${lower.slice(-2)}`];
  for (const list of own.split("|")) if (list) features.push(`f:${list}`);
  features.push(`p2:${lower.slice(0, 2)}`, `len:${Math.min(word.length, 10)}`);
  if (NOT_LETTERS.test(word)) features.push("nonalpha");
  const around = (j: number, tag: string) => {
    const token = tokens[j];
    if (!token) {
      features.push(`${tag}w:${j < 0 ? "<s>" : "</s>"}`);
      return;
    }
    if (LETTER.test(token.text) && CAPITALISED.test(token.text)) features.push(`${tag}C:${lists(token.text)}`);
    features.push(`${tag}w:${token.text.toLowerCase()}`);
  };
  around(i - 1, "p1");
  around(i - 2, "p2");
  around(i + 1, "n1");
  around(i + 2, "n2");
  // "Tibbott's Bakery", "Kazik's lead": what a possessive owns tells a firm from a person.
  if (APOSTROPHES.has(tokens[i + 1]?.text ?? "") && /^[sS]$/.test(tokens[i + 2]?.text ?? "")) {
    const owned = tokens[i + 3];
    features.push(`ps:${owned ? owned.text.toLowerCase() : "</s>"}`);
    if (owned && CAPITALISED.test(owned.text)) features.push(`psC:${lists(owned.text)}`);
  }
  const before = i > 0 ? tokens[i - 1]!.text.toLowerCase() : "<s>";
  const after = i + 1 < tokens.length ? tokens[i + 1]!.text.toLowerCase() : "</s>";
  features.push(`pn:${before}_${after}`, `p1fl:${before}_${own}`);
  const opens = i === 0 || SENTENCE_OPENERS.has(tokens[i - 1]!.text) ? 1 : 0;
  features.push(`si:${opens}`, `si_fl:${opens}_${own}`);
  return features;
}

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(model.weights as Record<string, number>));

/** The model's probability that a word is (part of) a person's name. */
export const nameScore = (features: readonly string[]): number => logistic(WEIGHTS, features);

// "Olanzapine had caused weight gain": a drug or a diagnosis, which the medical rule reports.
// "He called himself Muslim": a faith, which the special category rule reports.
const RELIGIONS: ReadonlySet<string> = new Set(pii.specialCategoryTerms.religions);
const MEDICAL_WORDS: ReadonlySet<string> = new Set(
  pii.medical.filter((p) => !p.includes(" ")).map((p) => p.toLowerCase()),
);
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const CAPITALS = /^\p{Lu}{3,}$/u;
const INITIAL = /^\p{Lu}\.$/u;
// "Mr ZZZ", "QQ": a redaction's placeholder, one letter repeated.
const PLACEHOLDER = /^(\p{Lu})\1+$/u;
// "GOV.UK", "U.S": a web address or an abbreviation in capitals.
const DOTTED_CAPITALS = /^\p{Lu}+(?:\.\p{Lu}+)+$/u;
// '"OK, keep your radio on"', "a photo ID": words, not initials.
const SAID_IN_CAPITALS: ReadonlySet<string> = new Set(["OK", "ID", "UK"]);
// "Name: Mr A.": how a review names people without naming them.
const COURTESY_TITLES = new Set(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Person"]);
/**
 * "SPOs", "SARA", "Time-bound", "Mr A.": a plural acronym, an acronym the dictionary knows, a compound of English
 * words, or a review's anonymous initial.
 */
function notAName(text: string, tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.text;
  if (PLURAL_ACRONYM.test(word) || (CAPITALS.test(word) && lookupAcronym(word) !== undefined)) return true;
  if (SAID_IN_CAPITALS.has(word) || PLACEHOLDER.test(word) || DOTTED_CAPITALS.test(word) || FIRM_COMPOUND.test(word))
    return true;
  if (spelledOutBefore(tokens, i)) return true;
  if (word.includes("-") && word.split("-").every((part) => isEnglishWord(part))) return true;
  const next = tokens[i + 1];
  const surnameAfter =
    next !== undefined && CAPITALISED.test(next.text) && SPACES.test(text.slice(tokens[i]!.to, next.from));
  return INITIAL.test(word) && COURTESY_TITLES.has(tokens[i - 1]?.text ?? "") && !surnameAfter;
}
const SPACES = /^[^\S\n]+$/;
const ACRONYM_SHAPE = /^\p{Lu}{2,5}$/u;
/** "requires improvement (RI)": capitals in brackets that spell the initials of the words before them. */
function spelledOutBefore(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.text;
  if (!ACRONYM_SHAPE.test(word) || tokens[i - 1]?.text !== "(" || tokens[i + 1]?.text !== ")") return false;
  const words = tokens.slice(Math.max(0, i - 1 - word.length), i - 1);
  return words.length === word.length && words.every((w, k) => w.text[0]?.toUpperCase() === word[k]);
}
const CONJUNCTIONS = new Set(["and", "or", "&", ","]);
const QUOTES = new Set(['"', "“", "'", "‘"]);
// "Saddlery", "Taxidermy", "Logistics": a trade's word after a firm's name; not "-ing" ("Golding", "Sharpling").
const TRADE_NOUN = /(?:ery|dermy|istics|works)$/;
/**
 * "Hulver and Serco worked on the contract", "Maybole, Girvan and Largs", "Kemeys Saddlery": a word joined to a firm
 * or a place the lists know, or before a word for what a firm is, names the firm or the place.
 */
function besideFirmOrPlace(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.text ?? "";
  // "Saddlery", "Creamery": a trade's word, though the word list lacks it; not a surname ("Avery", "Montgomery").
  const trade =
    CAPITALISED.test(next) &&
    TRADE_NOUN.test(next) &&
    (isEnglishWord(next) || !(isListedSurname(censusForm(next)) || isKnownFirstName(next)));
  if (ORGANISATION_WORDS.has(next) || FIRM_ENDINGS.has(next) || trade) return true;
  // "renewed by Tsalka council": a town's council or police.
  if (PLACE_BODIES.has(next)) return true;
  // "The council's waste contract with Corndon runs to 2029": the other party to a contract is a firm.
  if (tokens[i - 1]?.text === "with" && CONTRACT_WORDS.has(tokens[i - 2]?.text ?? "")) return true;
  // "Kaspi man, 38, recalled": a headline's townsman, the town before who and the age after.
  if (HEADLINE_RESIDENTS.has(next) && tokens[i + 2]?.text === "," && /^\d{1,2}$/.test(tokens[i + 3]?.text ?? ""))
    return true;
  const joined = (j: number, k: number) =>
    CONJUNCTIONS.has(tokens[j]?.text ?? "") &&
    CAPITALISED.test(tokens[k]?.text ?? "") &&
    !neitherPlaceNorBody(tokens[k]!.text);
  const after = tokens
    .slice(i + 1, i + 12)
    .map((t) => t.text)
    .join(" ");
  return (
    joined(i + 1, i + 2) ||
    joined(i - 1, i - 2) ||
    LISTED_AS_FIRMS.test(after) ||
    LISTED_AS_PLACES.test(after) ||
    placesCoveredBefore(tokens, i)
  );
}
const PLACE_BODIES: ReadonlySet<string> = new Set(["council", "councils", "magistrates", "constabulary"]);
const CONTRACT_WORDS: ReadonlySet<string> = new Set(["contract", "contracts", "agreement", "tender", "franchise"]);
const HEADLINE_RESIDENTS: ReadonlySet<string> = new Set([
  "man",
  "woman",
  "men",
  "women",
  "boy",
  "girl",
  "teenager",
  "teen",
  "pensioner",
  "mum",
  "dad",
  "father",
  "mother",
  "grandmother",
  "grandfather",
  "grandad",
  "gran",
  "youth",
]);
// "Desborough, Raunds and Thrapston were listed as areas to avoid", "Whittlesey, Earith and Somersham are within 20
// miles": a list the sentence says is of places.
const LISTED_AS_PLACES =
  /^(?:(?:,|and|or|&|\p{Lu}\p{L}*) )*(?:were|are|is|was) (?:all |both )?(?:the (?:\w+ )?(?:parishes|villages|towns|areas|places)\b|listed as (?:areas|places|towns|villages)|within \d+ (?:miles|minutes)|\d+ miles (?:from|apart))\b/u;
// "Van route 3 covers Cladich, Dalmally and Inveraray": the places a route or a service covers.
const COVERS_WORDS: ReadonlySet<string> = new Set([
  "covers",
  "covered",
  "serves",
  "served",
  "visits",
  "avoid",
  "avoiding",
]);
function placesCoveredBefore(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (CONJUNCTIONS.has(tokens[j]!.text) || CAPITALISED.test(tokens[j]!.text))) j--;
  const listed = tokens.slice(j + 1, i + 1).filter((t) => CAPITALISED.test(t.text)).length;
  const coverer = tokens.slice(Math.max(0, j - 3), j).some((t) => ROUTE_WORDS.has(t.text.toLowerCase()));
  return (
    j >= 0 &&
    COVERS_WORDS.has(tokens[j]!.text) &&
    (coverer || tokens[j]!.text.startsWith("avoid")) &&
    (listed > 1 || CONJUNCTIONS.has(tokens[i + 1]?.text ?? ""))
  );
}
const ROUTE_WORDS: ReadonlySet<string> = new Set([
  "route",
  "van",
  "bus",
  "round",
  "patch",
  "area",
  "zone",
  "service",
  "line",
]);
// "Acme, Zentro and Plexa as sponsors": a list the sentence says is of firms; "Rodmell and Glynde estate agents": the
// names before a firm's trade.
const LISTED_AS_FIRMS =
  /^(?:(?:,|and|or|&|\p{Lu}\p{L}*) )*as (?:sponsors|suppliers|funders|partners|contractors|providers|venues|stockists|brands)\b|^(?:(?:,|and|&|\p{Lu}\p{L}*) ){0,4}(?:estate agents?|letting agents?|solicitors|accountants|removals|funeral directors|opticians|surveyors|auctioneers)\b/u;

/** "The ram, Gerald, … Gerald had been shot": a word the text names an animal or a thing by anywhere. */
const namesAnimalSomewhere = (text: string, word: string) => {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (animalNameAt(text, at, at + word.length)) return true;
  return false;
};

// Below the threshold, a word counts only as half of a pair: both at least the floor, and on average at least the mean.
const PAIR_FLOOR = 0.7;
const PAIR_MEAN = 0.8;
const LETTER_AND_WORD = /^\p{Lu}-\p{Ll}{2,}$/u;
const LIST_MARK: ReadonlySet<string> = new Set([":", ",", ";"]);
/** Whether tokens[at] opens a list's item: a colon, comma or semicolon, and not a time's colon ("21:02 Rennison"). */
const countInList = (tokens: readonly Token[], at: number) =>
  LIST_MARK.has(tokens[at]!.text) && !(tokens[at]!.text === ":" && at > 0 && /^\d+$/.test(tokens[at - 1]!.text));

/**
 * Capitalised words, other than those `taken` already, the model takes for names at or above the data file's threshold (an English word at or above a
 * higher one: "Push", "Rose"). Titles are left to the passes; places, bodies, drugs and animals the lists know are
 * never names here, whatever the words around them.
 */
export function wordsTheModelNames(text: string, taken: (from: number, to: number) => boolean = () => false): Token[] {
  if (WEIGHTS.size === 0) return [];
  const tokens = tokenize(text);
  const lists = new Map<string, string>();
  const cachedLists = (word: string) => {
    let value = lists.get(word);
    if (value === undefined) {
      value = listsOf(word);
      lists.set(word, value);
    }
    return value;
  };
  const out: Token[] = [];
  const nearScores = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!LETTER.test(token.text) || !CAPITALISED.test(token.text) || TITLES.has(token.text)) continue;
    if (taken(token.from, token.to)) continue;
    if (i > 0 && PLACE_WORDS.has(token.text) && STREET_NAME_BEFORE.test(tokens[i - 1]!.text)) continue;
    // "T-shirt", "X-ray", "U-turn": a letter and a word, a thing's name.
    if (LETTER_AND_WORD.test(token.text) && isEnglishWord(token.text.slice(2))) continue;
    // "Stock out: 48 Cornetto, 60 cones": a count of a product in a list.
    if (i > 0 && /^\d+$/.test(tokens[i - 1]!.text) && (i === 1 || countInList(tokens, i - 2))) continue;
    const score = nameScore(nameFeatures(tokens, i, cachedLists));
    const english = isEnglishWord(token.text);
    const near = score < model.threshold;
    if (near && (english || score < PAIR_FLOOR)) continue;
    if (english && score < model.englishWordThreshold) continue;
    if (!neitherPlaceNorBody(token.text) || MEDICAL_WORDS.has(token.text.toLowerCase()) || RELIGIONS.has(token.text))
      continue;
    if (namesAnimalSomewhere(text, token.text) || besideFirmOrPlace(tokens, i) || notAName(text, tokens, i)) continue;
    // "Reem Rose is the name of a tobacco": a name defined as a thing's, from the start of the capitalised run.
    // '"Marra" is Cumbrian for friend': from its opening quotation mark.
    let start = i;
    while (start > 0 && CAPITALISED.test(tokens[start - 1]!.text)) start--;
    if (start > 0 && QUOTES.has(tokens[start - 1]!.text)) start--;
    if (definedAsWordAt(text, tokens[start]!.from, token.to)) continue;
    // "Kereama Kai, a food van": the whole capitalised run is a thing's name.
    let end = i;
    while (end + 1 < tokens.length && CAPITALISED.test(tokens[end + 1]!.text) && LETTER.test(tokens[end + 1]!.text))
      end++;
    if (end > i && animalNameAt(text, tokens[start]!.from, tokens[end]!.to)) continue;
    if (near) nearScores.set(i, score);
    else out.push(token);
  }
  // "Gerben Haaksma is no longer …": two unknown words side by side, each nearly a name, are a given name and a surname.
  for (const [i, score] of nearScores) {
    const next = nearScores.get(i + 1);
    if (next === undefined || tokens[i + 1]!.from !== tokens[i]!.to + 1) continue;
    if ((score + next) / 2 < PAIR_MEAN || nearScores.has(i - 1) || nearScores.has(i + 2)) continue;
    out.push(tokens[i]!, tokens[i + 1]!);
  }
  return nearScores.size > 0 ? out.sort((a, b) => a.from - b.from) : out;
}
