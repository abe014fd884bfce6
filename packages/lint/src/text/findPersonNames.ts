import names from "../data/firstNames.json" with { type: "json" };
import pii from "../data/piiLexicon.json" with { type: "json" };
import type { TextBlock } from "./TextBlock.js";

/** A likely person name that may not be in the register. */
export interface NameCandidate {
  from: number;
  to: number;
  text: string;
  /** `titled`: "Ms Kelly Brown", "Mr Mills"; `full`: a known first name and a surname; `first`: a known first name alone; `cued`: a capitalised word after "her partner". */
  kind: "titled" | "full" | "first" | "cued";
}

const MONTHS = new Set(["January", "April", "May", "June", "July", "August"]);
const FIRST_NAMES = new Set(names.names);
const COMMON_WORD_NAMES = new Set(pii.commonWordNames);
const NOT_NAMES = new Set(pii.notNames);
const NAME_PART = "(?:(?:Mc|Mac|O['’]|D['’])?\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)*)";
const TITLED = new RegExp(
  `\\b(?:${pii.titles.join("|")})\\.?\\s+(${NAME_PART}(?:\\s+${NAME_PART}){0,2}|\\p{Lu}(?![\\p{L}]))`,
  "gu",
);
const CAPITALISED = new RegExp(`(?<![\\p{L}\\p{N}'’-])${NAME_PART}(?:\\s+${NAME_PART}){0,3}`, "gu");
const CUES = [...new Set(pii.thirdPartyCues)].sort((a, b) => b.length - a.length);
const CUED = new RegExp(
  `\\b(?:${CUES.map((c) => `[${c[0]!.toUpperCase()}${c[0]}]${c.slice(1)}`).join("|")})(?:,)?\\s+(?:\\(|")?(${NAME_PART}(?:\\s+${NAME_PART})?)`,
  "gu",
);

const SPEECH_VERB =
  /^\s*(?:said|told|went|met|reported|disclosed|explained|stated|confirmed|agreed|refused|called|phoned|texted|contacted|attended|['’]s\b)/;

function isNameWord(word: string): boolean {
  return !NOT_NAMES.has(word) && !/^(?:[A-Z]{2,}|[A-Z]\d)/.test(word);
}

function sentenceInitial(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:^|[.!?:•\n;])\s*["'‘“(]?$/.test(before);
}

/** Person-name candidates: titled names, known first names with or without a surname, and names after relationship cues. */
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
    const to = from + m[0].indexOf(value) + nameText.length;
    out.push({ from, to, text: text.slice(from, to), kind: "titled" });
  }
  for (const m of text.matchAll(CUED)) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    const parts = value.split(/\s+/).filter(isNameWord);
    if (parts.length === 0 || !isNameWord(value.split(/\s+/)[0]!)) continue;
    const to = from + parts.join(" ").length;
    if (!taken(from, to)) out.push({ from, to, text: text.slice(from, to), kind: "cued" });
  }
  for (const m of text.matchAll(CAPITALISED)) {
    const words = m[0].split(/\s+/);
    let offset = m.index ?? 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const start = offset;
      offset += word.length + (m[0].slice(offset - (m.index ?? 0) + word.length).match(/^\s+/)?.[0].length ?? 0);
      if (!FIRST_NAMES.has(word)) continue;
      if (
        MONTHS.has(word) &&
        (/\d\s*$/.test(text.slice(Math.max(0, start - 3), start)) || /^\s*\d/.test(text.slice(start + word.length)))
      )
        continue;
      const initial = sentenceInitial(text, start);
      const surnames: string[] = [];
      for (let k = i + 1; k < words.length && surnames.length < 2 && isNameWord(words[k]!); k++)
        surnames.push(words[k]!);
      if (surnames.length > 0) {
        const value = [word, ...surnames].join(" ");
        const to = start + text.slice(start).indexOf(value) + value.length;
        if (!taken(start, to)) out.push({ from: start, to, text: text.slice(start, to), kind: "full" });
        break;
      }
      const following = text.slice(start + word.length, start + word.length + 12);
      const common = COMMON_WORD_NAMES.has(word);
      if (initial && common && !SPEECH_VERB.test(following)) continue;
      if (
        initial &&
        !common &&
        !SPEECH_VERB.test(following) &&
        !/^\s*(?:was|had|has|is|did|does|and|,)/.test(following)
      )
        continue;
      const to = start + word.length;
      if (!taken(start, to)) out.push({ from: start, to, text: word, kind: "first" });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}
