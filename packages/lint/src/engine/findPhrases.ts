import { allMatches } from "./allMatches.js";
import { escapeRegExp } from "../text/escapeRegExp.js";
import { isLetterOrDigitUnit, isSpace } from "../text/charClasses.js";
/** A phrase found in a text. */
export interface PhraseHit {
  from: number;
  to: number;
  phrase: string;
}

/**
 * A lexicon ready to match: its phrases lower-cased, longest first (the order the regex alternation tries them), in
 * buckets by their first two characters (a space standing for any whitespace), with one-character phrases apart.
 */
interface CompiledLexicon {
  /** The same matches as a regex, for texts the scanner does not read as the regex would. */
  regex: RegExp;
  /** Null when a phrase starts or ends with a space, or is empty: only the regex reads those. */
  byPair: Map<number, Phrase[]> | null;
  byChar: Map<number, Phrase[]>;
}
interface Phrase {
  rank: number;
  lower: string;
}

const cache = new WeakMap<readonly string[], CompiledLexicon>();

function compile(phrases: readonly string[]): CompiledLexicon {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((p) => escapeRegExp(p).replace(/ /g, "\\s+"));
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  let byPair: Map<number, Phrase[]> | null = new Map();
  const byChar = new Map<number, Phrase[]>();
  for (let rank = 0; rank < sorted.length; rank++) {
    const lower = sorted[rank]!.toLowerCase();
    if (!lower || lower.length !== sorted[rank]!.length || lower.startsWith(" ") || lower.endsWith(" ")) {
      byPair = null;
      break;
    }
    const phrase = { rank, lower };
    if (lower.length === 1) push(byChar, lower.charCodeAt(0), phrase);
    else push(byPair, pairKey(lower.charCodeAt(0), lower.charCodeAt(1)), phrase);
  }
  return { regex, byPair, byChar };
}

function push(map: Map<number, Phrase[]>, key: number, phrase: Phrase) {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

const pairKey = (a: number, b: number) => a * 0x10000 + (isSpace(b) ? 32 : b);

/** A text as the scanner reads it: lower-cased, with the offsets where a whole-word phrase may start. */
interface ScannedText {
  text: string;
  lower: string;
  starts: number[];
}

// The rules of one block ask about the same text one after another (and about its sentences): a few recent texts are
// enough to scan each once per keystroke.
const recent: ScannedText[] = [];
const RECENT = 4;

function scanned(text: string): ScannedText | null {
  for (let i = 0; i < recent.length; i++) if (recent[i]!.text === text) return recent[i]!;
  const lower = text.toLowerCase();
  // Lower-casing that changes a length ("İ"), or a surrogate pair (a letter outside the BMP), is left to the regex.
  if (lower.length !== text.length) return null;
  const starts: number[] = [];
  let before = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return null;
    const word = isLetterOrDigitUnit(c);
    if (!before && !isSpace(c)) starts.push(i);
    before = word;
  }
  const entry = { text, lower, starts };
  if (recent.length >= RECENT) recent.pop();
  recent.unshift(entry);
  return entry;
}

/** The end of `phrase` matched at `at` in `lower` (a space matching any run of whitespace at least as long), or -1. */
function matchAt(lower: string, at: number, phrase: string): number {
  let i = at;
  for (let j = 0; j < phrase.length; j++) {
    const p = phrase.charCodeAt(j);
    if (p === 32) {
      let need = 1;
      while (phrase.charCodeAt(j + 1) === 32) {
        need++;
        j++;
      }
      let run = 0;
      while (i < lower.length && isSpace(lower.charCodeAt(i))) {
        i++;
        run++;
      }
      if (run < need) return -1;
    } else if (i >= lower.length || lower.charCodeAt(i) !== p) return -1;
    else i++;
  }
  return i < lower.length && isLetterOrDigitUnit(lower.charCodeAt(i)) ? -1 : i;
}

/** The first phrase of `list` (in rank order) matching at `at`, as [rank, end], or null. */
function firstMatch(list: Phrase[] | undefined, lower: string, at: number): [number, number] | null {
  if (!list) return null;
  for (let k = 0; k < list.length; k++) {
    const end = matchAt(lower, at, list[k]!.lower);
    if (end >= 0) return [list[k]!.rank, end];
  }
  return null;
}

/** Whole-word, case-insensitive matches of any phrase of a lexicon, longest first. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseHit[] {
  let lexicon = cache.get(phrases);
  if (!lexicon) {
    lexicon = compile(phrases);
    cache.set(phrases, lexicon);
  }
  const read = lexicon.byPair ? scanned(text) : null;
  // allMatches rather than matchAll, which clones the (large) pattern on every call.
  if (!read || !lexicon.byPair)
    return allMatches(lexicon.regex, text).map((m) => ({ from: m.index, to: m.index + m[0].length, phrase: m[0] }));
  const { lower, starts } = read;
  const out: PhraseHit[] = [];
  let next = 0;
  for (let s = 0; s < starts.length; s++) {
    const at = starts[s]!;
    if (at < next) continue;
    const c = lower.charCodeAt(at);
    const pair =
      at + 1 < lower.length ? firstMatch(lexicon.byPair.get(pairKey(c, lower.charCodeAt(at + 1))), lower, at) : null;
    const single = lexicon.byChar.size > 0 ? firstMatch(lexicon.byChar.get(c), lower, at) : null;
    const hit = pair && single ? (pair[0] < single[0] ? pair : single) : (pair ?? single);
    if (!hit) continue;
    out.push({ from: at, to: hit[1], phrase: text.slice(at, hit[1]) });
    next = hit[1];
  }
  return out;
}
