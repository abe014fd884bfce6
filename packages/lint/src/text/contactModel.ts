import model from "../data/contactModel.json" with { type: "json" };
import { isEnglishWord } from "./englishWords.js";
import { isKnownFirstName } from "./firstNames.js";
import { logistic } from "./logistic.js";
import { isMailboxTeamWord } from "./mailboxWords.js";
import { isCapitalisedWord, listsOf, type Token, tokenize } from "./nameModel.js";
import { isListedSurname } from "./surnames.js";
import { titleCase } from "./titleCase.js";

/**
 * A second opinion on phone numbers, e-mail addresses and postal addresses the hand-written cues call someone's own:
 * a logistic model over the words around one and its shape, trained on the labelled corpora by
 * `scripts/trainContactModel.ts`. The cues read what a writer said outright ("the duty desk", "Council Offices,"); the
 * model weighs the many weak signs of an organisation's line ("Visiting on Cuween Ward … the ward number is", "Depot
 * office, 14 …", "Officer contact: retail.crime@…") and of a person's ("Regards, Olaf, …", "Keyworker: …").
 */

export type ContactKind = "phone" | "email" | "address";

/** Raised whenever `contactFeatures` changes: the data file records the one it was trained with, and a test compares. */
export const CONTACT_FEATURES_VERSION = 1;

const LETTER = /^\p{L}/u;
const NOT_DIGITS = /\D/g;
const LOCAL_PART_WORDS = /[._+-]/;
const TRAILING_DIGITS = /\d+$/;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
const BARE_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/;
const BEFORE_NEAR = 3;
const BEFORE_FAR = 12;
const AFTER_NEAR = 3;
const AFTER_FAR = 8;

/** "07…" for a mobile, "01…" or "02…" for a landline, "03…" for a public body's, "intl" for a number abroad. */
function phoneShape(item: string): string {
  const digits = item.replace(NOT_DIGITS, "");
  if (/^\(?\+44|^0044/.test(item)) return `0${digits.replace(/^(?:0044|44)0?/, "").slice(0, 1)}`;
  if (item.startsWith("+") || item.startsWith("(+") || item.startsWith("00")) return "intl";
  return digits.slice(0, 2);
}

/** The local part's words and what each is: "j.okafor@" is an initial and a surname; "victim.liaison@" team words. */
function emailFeatures(item: string, features: string[]) {
  const [local = "", domain = ""] = item.toLowerCase().split("@");
  const words = local
    .split(LOCAL_PART_WORDS)
    .map((word) => word.replace(TRAILING_DIGITS, ""))
    .filter(Boolean);
  features.push(`lpn:${Math.min(words.length, 3)}`);
  if (/\d/.test(local)) features.push("lp:digits");
  for (const word of words) {
    features.push(`lp:${word}`);
    if (word.length === 1) features.push("lpf:initial");
    const name = titleCase(word);
    if (isKnownFirstName(name)) features.push("lpf:fn");
    if (isListedSurname(name)) features.push("lpf:sn");
    if (isEnglishWord(word)) features.push("lpf:eng");
    if (isMailboxTeamWord(word)) features.push("lpf:team");
  }
  for (const label of domain.split(".").slice(0, -1)) features.push(`dm:${label}`);
}

function addressFeatures(item: string, features: string[]) {
  const tokens = tokenize(item);
  if (BARE_POSTCODE.test(item.trim())) features.push("ad:postcode-only");
  else if (POSTCODE.test(item)) features.push("ad:postcode");
  if (/^\d/.test(item)) features.push("ad:number-first");
  if (tokens[0]) features.push(`af:${tokens[0].text.toLowerCase()}`);
  for (const token of tokens) if (LETTER.test(token.text)) features.push(`aw:${token.text.toLowerCase()}`);
}

/**
 * The features of the contact detail `text.slice(from, to)`: its shape, and the words of its line before and after it
 * (the nearest by position, the rest as a bag), with the word lists a capitalised one is on. Training and scoring both
 * call this, so they cannot drift apart.
 */
export function contactFeatures(
  text: string,
  from: number,
  to: number,
  kind: ContactKind,
  lists: (word: string) => string = listsOf,
): string[] {
  const lineFrom = text.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = text.indexOf("\n", to);
  const before = tokenize(text.slice(lineFrom, from));
  const after = tokenize(text.slice(to, lineEnd < 0 ? text.length : lineEnd));
  const item = text.slice(from, to);
  const features = ["b", `k:${kind}`];
  if (kind === "phone") features.push(`ph:${phoneShape(item)}`);
  else if (kind === "email") emailFeatures(item, features);
  else addressFeatures(item, features);
  const around = (token: Token, tag: string) => {
    const word = token.text.toLowerCase();
    features.push(`${tag}:${word}`);
    if (LETTER.test(token.text) && isCapitalisedWord(token.text)) features.push(`${tag}C:${lists(token.text)}`);
  };
  for (let j = 0; j < Math.min(before.length, BEFORE_FAR); j++) {
    const token = before[before.length - 1 - j]!;
    if (j < BEFORE_NEAR) {
      around(token, `b${j + 1}`);
      features.push(`${kind}b${j + 1}:${token.text.toLowerCase()}`);
    } else around(token, "bb");
  }
  if (before.length < BEFORE_NEAR) features.push(`b${before.length + 1}:<s>`);
  for (let j = 0; j < Math.min(after.length, AFTER_FAR); j++) around(after[j]!, j < AFTER_NEAR ? `a${j + 1}` : "ab");
  if (after.length < AFTER_NEAR) features.push(`a${after.length + 1}:</s>`);
  features.push(`ls:${before[0]?.text.toLowerCase() ?? "<item>"}`);
  // Who else the line names: a first name or a title beside the detail makes it likelier theirs.
  const lineLists = new Set<string>();
  for (const token of [...before, ...after])
    if (LETTER.test(token.text) && isCapitalisedWord(token.text))
      for (const list of lists(token.text).split("|")) if (list) lineLists.add(list);
  for (const list of lineLists) features.push(`ln:${list}`);
  return features;
}

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(model.weights as Record<string, number>));

/** The model's probability that a contact detail is someone's own, not an organisation's. */
export const contactScore = (features: readonly string[]): number => logistic(WEIGHTS, features);

/** A phone number, e-mail address or postal address found in a block, with what the written cues make of it. */
export interface ContactRead {
  from: number;
  to: number;
  /** The cues call it an organisation's ("the duty desk, 0191 …", "Council Offices, …"). */
  byCues: boolean;
  /** The text says whose it is, or it is a mobile or a home: the model must not overrule that. */
  owned: boolean;
}

/** Whether a contact detail is an organisation's: by the cues, or by the model where the text does not say whose. */
export function isOrganisations(text: string, read: ContactRead, kind: ContactKind): boolean {
  if (read.byCues) return true;
  if (read.owned || WEIGHTS.size === 0) return false;
  return contactScore(contactFeatures(text, read.from, read.to, kind)) < model.threshold;
}
