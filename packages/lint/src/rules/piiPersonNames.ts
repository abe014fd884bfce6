import pii from "../data/piiLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";
import type { Finding } from "../Finding.js";
import type { RegisterHit } from "../register/compileRegister.js";
import { findPersonNames, firmAfterPossessive, namesListedWith, type NameCandidate } from "../text/findPersonNames.js";
import {
  animalNameAt,
  definedAsWordAt,
  familyBusinessAfter,
  nationalityOrPrefixedWord,
  playedPartAt,
  riverOrHillAt,
  townAbroadAt,
  townUsedAt,
  branchAt,
  journeyPlaceAt,
  inFixedPhrase,
} from "../text/nameContext.js";
import { isEnglishWord } from "../text/englishWords.js";
import { mayNameSomeone } from "../text/mayNameSomeone.js";
import { wordsTheModelNames } from "../text/nameModel.js";
import { piiSeverity } from "./piiSeverity.js";
import { sortByFrom } from "../engine/sortByFrom.js";
import { overlapsAny } from "../text/spanOverlap.js";

const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lady|Lord)\b/;
// A courtesy title and surname may be the supervised individual's, whose name the internal copy allows: say how to
// tell the linter so, rather than lower the warning for everyone else called "Mr …" (a third party's surname is
// personal data whether or not the register is complete).
const MAY_BE_SUPERVISED =
  " If this is the supervised individual, add them to the people register with their full name: their name is allowed in the internal copy.";

// "Amodeo's Café opens at six", "Cerqueira & Filhos": one word of a registered name in a business's name is the business.
const POSSESSIVE_S = /^['’]s\s/;
// "Cerqueira & Filhos, a fruit wholesaler": a family firm.
const AND_SONS_AFTER = /^\s+(?:&|and)\s+(?:Sons?|Daughters?|Co|Filhos|Hijos|Figli|Söhne|Fils|Partners)\b/u;
// "The Eynon Stand", "the Affleck Lift": a place or a thing named after them. Not a memorial, which names the dead
// ("the Sprocket Memorial Fund", heldout64).
const NAMED_THING_AFTER =
  /^\s+(?:Stand|Lift|Room|Garden|Gardens|Cup|Trophy|Shield|Bench|Window|Suite|Wing|Lounge|enclosure|colony|paddock|aviary|hutch)\b/u;
const firmNamedAfter = (text: string, from: number, to: number) =>
  !text.slice(from, to).includes(" ") &&
  ((POSSESSIVE_S.test(text.slice(to, to + 3)) && firmAfterPossessive(text, to + 2)) ||
    AND_SONS_AFTER.test(text.slice(to, to + 16)) ||
    familyBusinessAfter(text, to) ||
    NAMED_THING_AFTER.test(text.slice(to, to + 12)));

// "Mon-Wed Ruokolahti, Thu-Sat Vesilahti": a rota's days.
const DAY_RANGE =
  /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?[-–](?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?$/;

const RULE_BY_KIND = {
  staff: "PII-001",
  victim: "PII-003",
  supervised: "PII-004",
  rm: "PII-018",
  other: "PII-016",
} as const;

/**
 * PII-001, -003, -004, -016, -018: people named outside the NFD column. Registered names (full,
 * first name, surname, possessive, initials) get a fix to the register identifier; other likely
 * names are classed by nearby staff or victim cues. The supervised individual's name is allowed
 * internally and flagged only in the shareable copy (PII-004); the RM's only there as a warning.
 */
// "05:37 Charlie 2 and Charlie 4 attend": a radio call sign, a word of the phonetic alphabet and a number.
const CALL_SIGN_AT =
  /^(?:Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-ray|Yankee|Zulu)\s+\d{1,3}\b/;
// "FV Kirkholme", "MV Sandpiper": a vessel's name after its kind's capitals, and those capitals.
const VESSEL_BEFORE = /\b(?:FV|MV|MFV|RV)\s$/;
const VESSEL_AT = /^(?:FV|MV|MFV|RV)\s+\p{Lu}/u;
// "Maes Cynllo", "Plas Newydd", "Heol Isaf", "Ysbyty Rhiwlas": a Welsh house's, farm's, street's or body's name opens
// with a word for a field, a hall, a road, a hospital or homes.
const WELSH_PLACE_AT =
  /^(?:Maes|Plas|Cae|Llys|Pant|Coed|Ffordd|Heol|Stryd|Fferm|Hafod|Tŷ|Ysbyty|Cartrefi|Canolfan|Swyddfa|Ysgol|Capel|Eglwys|Neuadd)\s+\p{Lu}/u;
const WELSH_PLACE_BEFORE =
  /\b(?:Maes|Plas|Cae|Llys|Pant|Coed|Ffordd|Heol|Stryd|Fferm|Hafod|Tŷ|Ysbyty|Cartrefi|Canolfan|Swyddfa|Ysgol|Capel|Eglwys|Neuadd)\s+$/u;
// "recalled to HMP YOI Polmont": a registered surname that is the prison's name is the prison's (PII-005 reports it).
const PRISON_BEFORE = /\b(?:HMP|HMYOI|YOI|HMP[^\S\n]*(?:\/|&|and)?[^\S\n]*YOI)[^\S\n]+$/;
// "HMP Castle Douglas": the second word of a prison's name, after a first that is a word of the language (not "At HMP
// Mortlow Pinta had worked").
const PRISON_FIRST_WORD_BEFORE = /\b(?:HMP|HMYOI|YOI)[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+$/u;
const prisonBefore = (before: string) => {
  if (PRISON_BEFORE.test(before)) return true;
  const first = PRISON_FIRST_WORD_BEFORE.exec(before)?.[1];
  return first !== undefined && isEnglishWord(first.toLowerCase());
};
// "Newton Stewart", "Castle Douglas", "Leighton Buzzard": towns whose second word is a name.
const TWO_WORD_TOWN =
  /\b(?:Newton Stewart|Castle Douglas|Port Talbot|Milton Keynes|Bishop Auckland|Kirkby Stephen|Melton Mowbray|Market Harborough|Market Drayton|Chipping Norton|Sutton Coldfield|Hemel Hempstead|Leighton Buzzard|Newton Abbot|Shepton Mallet|Kirkby Lonsdale|Saffron Walden|Newport Pagnell|Castle Cary|Kelly Bray|Gerrards Cross|Fort William|Port Glasgow|Stony Stratford|Burgess Hill|Haywards Heath|Hebden Bridge|Bishop['’]s Stortford|Stoke Gifford|Long Eaton|Sutton Bridge)\b/gu;
const inTwoWordTown = (text: string, from: number, to: number) => {
  for (const m of text.matchAll(TWO_WORD_TOWN)) if (m.index < to && m.index + m[0].length > from) return true;
  return false;
};
// "Rota key: WG Whatley Gate, BS Buckthorn Stage": capitals, then the words whose initials they are; a key, not a name.
const CAPITALS_THEN_WORDS = /^(\p{Lu}{2,4})[^\S\n]+/u;
function spelledOutAfter(text: string, candidate: { from: number; text: string }): boolean {
  const capitals = CAPITALS_THEN_WORDS.exec(candidate.text);
  if (!capitals) return false;
  const run = text
    .slice(candidate.from + capitals[0].length)
    .match(/^\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)*/u);
  const words = (run?.[0].split(/[^\S\n]+/) ?? []).slice(0, capitals[1]!.length);
  // The last word names a kind of place ("Gate", "Stage"), as a person's surname seldom does ("PS Patel Said").
  return (
    words.length === capitals[1]!.length &&
    words.map((w) => w[0]).join("") === capitals[1] &&
    isEnglishWord(words.at(-1)!.toLowerCase())
  );
}
export const piiPersonNames: BlockRule = {
  ids: ["PII-001", "PII-003", "PII-004", "PII-016", "PII-018"],
  run(block, ctx) {
    const base = piiSeverity(ctx);
    if (!base) return [];
    const { text } = block;
    const out: Finding[] = [];
    // "Percy, the cob," is an animal, whatever its name shares with a person's.
    // "Carvalhal is a beach on the Portuguese coast": the word defined, not the person.
    const registered = ctx.register
      .find(text)
      .filter(
        (hit) =>
          !animalNameAt(text, hit.from, hit.to) &&
          !definedAsWordAt(text, hit.from, hit.to) &&
          !townAbroadAt(text, hit.from, hit.to) &&
          !PRISON_BEFORE.test(text.slice(Math.max(0, hit.from - 12), hit.from)) &&
          !townUsedAt(text, hit.from, hit.to) &&
          !branchAt(text, hit.from, hit.to),
      )
      .filter((hit) => !firmNamedAfter(text, hit.from, hit.to));
    for (const hit of registered) {
      const severity = severityFor(hit, ctx.shareable, base);
      if (!severity) continue;
      const rule = RULE_BY_KIND[hit.kind];
      let to = hit.to;
      let replacement = hit.entry.identifier;
      // "Jones' car": a bare apostrophe after a name ending in s is its possessive; after "'Zenon" or "Paulie" it
      // closes a quotation.
      if (
        /^['’](?!s)/.test(text.slice(to)) &&
        /[sSzZ]$/.test(text.slice(hit.from, hit.to)) &&
        !"'‘".includes(text[hit.from - 1] || " ")
      ) {
        to += 1;
        replacement += "'s";
      }
      out.push(
        createFinding(
          rule,
          severity,
          text,
          hit.from,
          to,
          `"${text.slice(hit.from, hit.to)}" is a registered person: use the identifier ${hit.entry.identifier}.`,
          [{ label: `Replace with ${hit.entry.identifier}`, kind: "replace", from: hit.from, to, text: replacement }],
        ),
      );
    }
    const found = findPersonNames(block);
    // A list with a registered or a named person in it names more people: "Thatch, Mulch and Haddrell met"; so
    // does a rota read out ("Rota, Sunday: bay 1 Oles, bay 3 Orysia").
    const people = [...registered, ...found];
    const listed = people.length > 0 || text.includes(":") || LIST_SAID.test(text) ? namesListedWith(text, people) : [];
    // A word two list readings find ("1 Celie, 2 Pinwheel" read as a list and as an order) is one name.
    const fresh = listed.filter(
      (l, i) => !overlapsAny(found, l.from, l.to) && !overlapsAny(listed.slice(0, i), l.from, l.to),
    );
    // What the passes leave, the model may still read as a name ("Gyorgy Whalsay joins the team").
    // Paragraphs with no word that could be a name ("mayNameSomeone") are skipped here too: most of a review.
    const taken = (from: number, to: number) =>
      overlapsAny(registered, from, to) || overlapsAny(found, from, to) || overlapsAny(fresh, from, to);
    const modelled: NameCandidate[] = (mayNameSomeone(block) ? wordsTheModelNames(text, taken) : [])
      .filter((w) => !firmNamedAfter(text, w.from, w.to) && !initialOfRegistered(text, w, registered))
      .map((w) => ({ ...w, kind: "cued" }));
    const unregistered = [...found, ...fresh, ...modelled]
      // "'Paulie', an African grey parrot": the quotation's closing mark is no part of the name.
      .map((c) => (CLOSING_QUOTE_END.test(c.text) ? { ...c, to: c.to - 1, text: c.text.slice(0, -1) } : c))
      .filter(
        (c) =>
          !overlapsAny(registered, c.from, c.to) &&
          !animalNameAt(text, c.from, c.to) &&
          !townAbroadAt(text, c.from, c.to) &&
          !townUsedAt(text, c.from, c.to) &&
          !branchAt(text, c.from, c.to) &&
          !journeyPlaceAt(text, c.from) &&
          !prisonBefore(text.slice(Math.max(0, c.from - 24), c.from)) &&
          !nationalityOrPrefixedWord(text, c.from, c.to) &&
          !playedPartAt(text, c.from, c.to) &&
          !riverOrHillAt(text, c.from) &&
          !CALL_SIGN_AT.test(text.slice(c.from, c.to + 5)) &&
          !inTwoWordTown(text, c.from, c.to) &&
          // A list's reading skips the candidates' check for fixed phrases ("log: Moses basket, nappies").
          !inFixedPhrase(text, c.from, c.to) &&
          !DAY_RANGE.test(c.text.split(" ")[0]!) &&
          !VESSEL_BEFORE.test(text.slice(Math.max(0, c.from - 5), c.from)) &&
          !VESSEL_AT.test(text.slice(c.from, c.to + 3)) &&
          !WELSH_PLACE_AT.test(text.slice(c.from, c.to + 3)) &&
          !WELSH_PLACE_BEFORE.test(text.slice(Math.max(0, c.from - 8), c.from)) &&
          // "KINGL808098V99XY": a word run into digits is a reference's (a driver number), no name; initials may be
          // numbered ("[LS1]", a reviewer's comment).
          !(c.to - c.from > 3 && /\d/.test(text[c.to] ?? "")),
      );
    // Many names in one sentence ("Present: …") share its cues: read each sentence's once.
    const cuesOf = new Map<string, { staffCue: boolean; victimCue: boolean }>();
    for (const candidate of joinAdjacentNames(text, unregistered)) {
      if (ctx.register.identifiers.has(candidate.text) || spelledOutAfter(text, candidate)) continue;
      const sentence = block.sentenceAt(candidate.from)?.text ?? text;
      let cues = cuesOf.get(sentence);
      if (!cues) {
        cues = {
          staffCue: findPhrases(sentence, pii.staffCues).length > 0,
          victimCue: findPhrases(sentence, pii.victimCues).length > 0,
        };
        cuesOf.set(sentence, cues);
      }
      const { staffCue, victimCue } = cues;
      const rule = staffCue && !victimCue ? "PII-001" : victimCue ? "PII-003" : "PII-016";
      const hint =
        rule === "PII-016" &&
        !ctx.register.namesSupervised &&
        candidate.kind === "titled" &&
        COURTESY_TITLE.test(candidate.text)
          ? MAY_BE_SUPERVISED
          : "";
      out.push(
        createFinding(
          rule,
          base,
          text,
          candidate.from,
          candidate.to,
          `"${candidate.text}" looks like a person's name: use an identifier from the people register, or move it to the not-for-disclosure column.${hint}`,
        ),
      );
    }
    return sortByFrom(out);
  },
};

// "The crew sheet listed Norkus, Navickas and Mockus": a list said in a sentence, which may name no one else.
const LIST_SAID =
  /\b(?:list|sheet|board|register|log|rota|roster|queue|ladder|book|diary|cards?|slips|tags|tickets|page|ledger|entry|plan|map|tally)\b[^.!?\n]{0,30}\b(?:listed|lists|showed|shows|names|named|read|reads)\b/;
// "Hanna N." with Hanna registered: the initial is the registered person's, not someone else's name.
const INITIAL = /^\p{Lu}\.$/u;
const initialOfRegistered = (
  text: string,
  word: NameCandidate | { from: number; text: string },
  registered: readonly { to: number }[],
) =>
  INITIAL.test(word.text) && registered.some((r) => r.to < word.from && SPACES_ONLY.test(text.slice(r.to, word.from)));
const CLOSING_QUOTE_END = /(?<![sS])['’]$/;
// Spaces, not a tab or a line's end: cells of a table side by side are two names.
const SPACES_ONLY = /^[^\S\n\t]+$/;

/**
 * Names found side by side ("Imre" and "Fekete" of "calls him Imre Fekete") are one name, and one finding; a titled
 * name starts another ("Dr Amira Shah Mr Tom Price").
 */
function joinAdjacentNames(text: string, candidates: NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const c of sortByFrom([...candidates])) {
    const last = out.at(-1);
    const titled = c.kind === "titled" || last?.kind === "titled";
    if (last && !titled && c.from > last.to && SPACES_ONLY.test(text.slice(last.to, c.from)))
      out[out.length - 1] = { ...last, to: c.to, text: text.slice(last.from, c.to) };
    else out.push(c);
  }
  return out;
}

function severityFor(hit: RegisterHit, shareable: boolean, base: "error" | "warning" | "info") {
  if (hit.kind === "supervised") return shareable ? "error" : null;
  if (hit.kind === "rm") return shareable ? "warning" : "info";
  return base;
}
