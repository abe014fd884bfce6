import names from "../data/firstNames.json" with { type: "json" };
import pii from "../data/piiLexicon.json" with { type: "json" };
import { isMonthUse, partOfOtherProperNoun, personFollows, sentenceInitial } from "./nameContext.js";
import type { TextBlock } from "./TextBlock.js";

/** A likely person name that may not be in the register. */
export interface NameCandidate {
  from: number;
  to: number;
  text: string;
  /** `titled`: "Ms Kelly Brown", "Mr Mills", "PC Gemma Rudd"; `full`: a known first name and a surname; `first`: a known first name alone; `cued`: a capitalised name after "her partner" or "the report writer," or before ", a friend". */
  kind: "titled" | "full" | "first" | "cued";
}

const FIRST_NAMES = new Set(names.names);
const COMMON_WORD_NAMES = new Set(pii.commonWordNames);
const NOT_NAMES = new Set(pii.notNames);
const PLACE_WORDS = new Set(pii.placeWords);
const TITLES = new Set(pii.titles);
const NAME_PART = "(?:(?:Mc|Mac|O['’]|D['’])?\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)*)";
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A cue word with its first letter in either case ("partner" / "Partner"). */
const cueAlternation = (cues: readonly string[]) =>
  [...new Set(cues)]
    .sort((a, b) => b.length - a.length)
    .map((c) => `[${c[0]!.toUpperCase()}${c[0]!.toLowerCase()}]${escapeRegExp(c.slice(1))}`)
    .join("|");
// Titles may be stacked ("Detective Sergeant Jones", "Revd Dr Okafor").
const TITLED = new RegExp(
  `\\b(?:(?:${pii.titles.join("|")})\\.?\\s+)+(${NAME_PART}(?:\\s+${NAME_PART}){0,2}|\\p{Lu}(?![\\p{L}]))`,
  "gu",
);
const CAPITALISED = new RegExp(`(?<![\\p{L}\\p{N}'’-])${NAME_PART}(?:\\s+${NAME_PART}){0,3}`, "gu");
// Relationship cues take a single name ("her partner, Dean"); "named only as Gaz" and "known as Gaz" too.
const CUED = new RegExp(
  `\\b(?:${cueAlternation(pii.thirdPartyCues)})(?:\\s+(?:only|simply|just))?(?:\\s+as)?(?:,)?\\s+(?:\\(|")?(${NAME_PART}(?:\\s+${NAME_PART})?)`,
  "gu",
);
// Naming verbs need "as": "a man he knew only as Dazza", "referred to him as Kez", "introduced herself as Bex".
const NAMED_AS = new RegExp(
  `\\b(?:${cueAlternation(pii.namingCues)})(?:\\s+(?:him|her|them|himself|herself|themselves))?(?:\\s+(?:only|simply|just))?\\s+as\\s+(?:"|“)?(${NAME_PART}(?:\\s+${NAME_PART})?)`,
  "gu",
);
// Role cues ("the report writer, Olumide Bankole") need a full name or a known first name.
const ROLE_CUED = new RegExp(
  `\\b(?:${cueAlternation(pii.roleCues)}),?\\s+(${NAME_PART}(?:\\s+${NAME_PART}){0,2})(?![\\p{L}'’-]|\\s+\\p{Lu})`,
  "gu",
);
const RELATIONS = pii.thirdPartyCues.filter((c) => !/^(?:named|called|known as)$/.test(c));
// A name followed by an appositive that says who they are ("Ngozi Eze and Wei Chen, two residents of …"):
// find ", two residents" first, then read the names just before the comma.
const APPOSITIVE = new RegExp(
  `,\\s+(?:(?:a|an|the|his|her|their|its|two|three|four|both|one|another|also|then|now)\\s+)+(?:(?!(?:where|who|whom|whose|which|that|when|while|with|and|or|but|in|on|at|of|to|for|from|by|was|were|is|are|had|has|have)\\b)[\\p{L}'’-]+\\s+){0,3}?(?:${cueAlternation([...RELATIONS, ...pii.roleCues])})(?:s|es)?\\b`,
  "gu",
);
const NAMES_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME_PART}(?:\\s+${NAME_PART}){1,3})(?:\\s+and\\s+(${NAME_PART}(?:\\s+${NAME_PART}){1,2}))?$`,
  "u",
);

function isNameWord(word: string): boolean {
  return !NOT_NAMES.has(word) && !/^(?:[A-Z]{2,}|[A-Z]\d)/.test(word);
}

/** Drops leading words that cannot be part of a name ("Since Ngozi Eze" → "Ngozi Eze"). */
function trimLeading(value: string, from: number): { value: string; from: number } {
  for (const word of value.matchAll(/\S+/g))
    if (isNameWord(word[0])) return { value: value.slice(word.index), from: from + word.index };
  return { value: "", from };
}

/** Person-name candidates: titled names, known first names with or without a surname, and names after relationship or role cues. */
export function findPersonNames(block: TextBlock): NameCandidate[] {
  const { text } = block;
  const out: NameCandidate[] = [];
  const taken = (from: number, to: number) => out.some((c) => from < c.to && to > c.from);
  for (const m of text.matchAll(TITLED)) {
    const value = m[1]!;
    if (value.length === 1) continue;
    const parts = value.split(/\s+/);
    let keep = 0;
    while (keep < parts.length && isNameWord(parts[keep]!)) keep++;
    if (keep === 0) continue;
    const from = m.index ?? 0;
    const nameText = parts.slice(0, keep).join(" ");
    const to = from + m[0].lastIndexOf(value) + nameText.length;
    out.push({ from, to, text: text.slice(from, to), kind: "titled" });
  }
  for (const m of [...text.matchAll(CUED), ...text.matchAll(NAMED_AS)]) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    const parts = value.split(/\s+/).filter(isNameWord);
    // "called Mr K" is left to the titled pass.
    const first = value.split(/\s+/)[0]!;
    if (parts.length === 0 || !isNameWord(first) || TITLES.has(first)) continue;
    const to = from + parts.join(" ").length;
    if (!taken(from, to)) out.push({ from, to, text: text.slice(from, to), kind: "cued" });
  }
  for (const m of text.matchAll(ROLE_CUED)) {
    const value = m[1]!;
    const parts = value.split(/\s+/);
    // "the officer, Anytown Police" is an organisation; "the manager, Tom" needs Tom to be a known first name.
    if (!parts.every(isNameWord) || (parts.length === 1 && !FIRST_NAMES.has(value))) continue;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    const to = from + value.length;
    if (!taken(from, to)) out.push({ from, to, text: value, kind: "cued" });
  }
  for (const m of text.matchAll(APPOSITIVE)) {
    const end = m.index ?? 0;
    const start = Math.max(0, end - 80);
    const before = NAMES_BEFORE.exec(text.slice(start, end));
    if (!before) continue;
    let offset = start + (before.index ?? 0);
    for (const raw of [before[1], before[2]]) {
      if (!raw) continue;
      const at = text.indexOf(raw, offset);
      offset = at + raw.length;
      const { value, from } = trimLeading(raw, at);
      const parts = value.split(/\s+/);
      if (parts.length < 2 || !parts.every(isNameWord)) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  }
  for (const m of text.matchAll(CAPITALISED)) {
    const words = m[0].split(/\s+/);
    let offset = m.index ?? 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const start = offset;
      offset += word.length + (m[0].slice(offset - (m.index ?? 0) + word.length).match(/^\s+/)?.[0].length ?? 0);
      if (!FIRST_NAMES.has(word)) continue;
      if (isMonthUse(text, start, start + word.length)) continue;
      const initial = sentenceInitial(text, start, true);
      const common = COMMON_WORD_NAMES.has(word);
      // "St Anne's Walk", "the Rose Hill estate", "Sky-high": part of a place or organisation name.
      if (partOfOtherProperNoun(text, start, start + word.length)) continue;
      const surnames: string[] = [];
      for (let k = i + 1; k < words.length && surnames.length < 2 && isNameWord(words[k]!); k++)
        surnames.push(words[k]!);
      // "Robin Hood Way", "Kelly Brown House": a street or building named after someone.
      if (PLACE_WORDS.has(words[i + 1 + surnames.length] ?? "")) break;
      if (surnames.length > 0) {
        const value = [word, ...surnames].join(" ");
        const to = start + text.slice(start).indexOf(value) + value.length;
        if (!taken(start, to)) out.push({ from: start, to, text: text.slice(start, to), kind: "full" });
        break;
      }
      const following = text.slice(start + word.length, start + word.length + 12);
      if (initial && common && !personFollows(text, start + word.length)) continue;
      if (
        initial &&
        !common &&
        !personFollows(text, start + word.length) &&
        !/^\s*(?:was|had|has|is|did|does|and|,)/.test(following)
      )
        continue;
      const to = start + word.length;
      if (!taken(start, to)) out.push({ from: start, to, text: word, kind: "first" });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}
