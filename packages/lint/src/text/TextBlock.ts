import { isLetterOrDigitUnit, isSpace } from "./charClasses.js";

/** A word with its UTF-16 offsets in the block text. */
export interface Word {
  text: string;
  lower: string;
  from: number;
  to: number;
  /** Index of the sentence the word belongs to. */
  sentence: number;
}

/** A sentence span of a block. */
export interface Sentence {
  from: number;
  to: number;
  text: string;
  /** Index of its first word in `TextBlock.words`. */
  firstWord: number;
  /** Index after its last word. */
  endWord: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "mx",
  "st",
  "e.g",
  "i.e",
  "etc",
  "no",
  "nos",
  "approx",
  "vs",
  "cf",
  "para",
  "paras",
  "s",
  "ss",
  "sch",
  "p",
  "pp",
  "fig",
  "ref",
  "dept",
  "inc",
  "ltd",
  "co",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "al",
  "op",
  "vol",
  "ch",
  "sec",
  "art",
]);

const ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
// For sentence ends beyond ASCII; module constants because a regex literal in a function is a new object per call.
const OPENS_SENTENCE = /[\p{Lu}\p{N}‘“•]/u;
const LAST_TOKEN = /([\p{L}.]+)$/u;
const LETTER = /^\p{L}$/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && LETTER_OR_DIGIT.test(text.slice(i - 1, i + 1));
  return isLetterOrDigitUnit(c);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT.test(text[i] ?? "");
}

/**
 * A block of text with lazily computed sentences and words; rules share one instance per block
 * so that tokenising happens once whatever the number of rules.
 */
export class TextBlock {
  readonly text: string;
  #sentences: Sentence[] | undefined;
  #words: Word[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  get words(): Word[] {
    if (!this.#words) this.#tokenise();
    return this.#words!;
  }

  get sentences(): Sentence[] {
    if (!this.#sentences) this.#tokenise();
    return this.#sentences!;
  }

  /** The sentence that contains offset `at`. */
  sentenceAt(at: number): Sentence | undefined {
    const sentences = this.sentences;
    for (const s of sentences) if (at >= s.from && at < s.to) return s;
    return sentences.at(-1);
  }

  #tokenise(): void {
    const text = this.text;
    const count = splitSentenceBounds(text);
    const sentences: Sentence[] = [];
    const words: Word[] = [];
    let si = 0;
    // Typing re-lints the paragraph it was last given: the sentences before the caret are as they
    // were, and the words after it have the same strings at moved offsets.
    const last = previous;
    let suffixFrom = text.length;
    let delta = 0;
    let lastWord = 0;
    if (last) {
      const same = commonPrefixLength(last.text, text);
      suffixFrom = text.length - commonSuffixLength(last.text, text, same);
      delta = text.length - last.text.length;
      for (; si < count && si < last.sentences.length; si++) {
        const s = last.sentences[si]!;
        if (s.from !== bounds[2 * si] || s.to !== bounds[2 * si + 1] || s.to > same) break;
        sentences.push(s);
        for (let w = s.firstWord; w < s.endWord; w++) words.push(last.words[w]!);
      }
    }
    for (; si < count; si++) {
      const from = bounds[2 * si]!;
      const to = bounds[2 * si + 1]!;
      const firstWord = words.length;
      // Words: letters or digits, with inner apostrophes, hyphens, dots (e.g, GOV.UK) and slashes between digits.
      // A hand-written scan rather than a regex: match arrays match arrays for every word were the main garbage of a keystroke.
      let i = from;
      while (i < to) {
        if (!isWordChar(text, i)) {
          i++;
          continue;
        }
        const start = i;
        i++;
        for (;;) {
          while (i < to && isWordChar(text, i)) i++;
          if (i + 1 >= to) break;
          const c = text.charCodeAt(i);
          const joins =
            c === 39 || c === 0x2019 || c === 45 || c === 46
              ? isWordChar(text, i + 1)
              : c === 47 && isDigit(text, i + 1);
          if (!joins) break;
          i++;
        }
        if (last && start >= suffixFrom) {
          while (lastWord < last.words.length && last.words[lastWord]!.from < start - delta) lastWord++;
          const old = last.words[lastWord];
          if (old && old.from === start - delta && old.to === i - delta) {
            words.push({ text: old.text, lower: old.lower, from: start, to: i, sentence: si });
            continue;
          }
        }
        const value = text.slice(start, i);
        words.push({ text: value, lower: value.toLowerCase(), from: start, to: i, sentence: si });
      }
      sentences.push({ from, to, text: text.slice(from, to), firstWord, endWord: words.length });
    }
    this.#sentences = sentences;
    this.#words = words;
    previous = { text, sentences, words };
  }
}

// The sentences and words of the last block tokenised. They are never changed, so blocks can share them.
let previous: { text: string; sentences: readonly Sentence[]; words: readonly Word[] } | undefined;

/** Length of the common suffix of `a` and `b` that leaves their first `prefix` characters alone. */
function commonSuffixLength(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Sentence ranges of `text` without tokenising words, as start, end, start, end …, for rules that only need sentences. */
export function sentenceBounds(text: string): Int32Array {
  return bounds.slice(0, 2 * splitSentenceBounds(text));
}

// Sentence starts and ends of the last split, reused from call to call: tuples per sentence were young garbage of every keystroke.
let bounds = new Int32Array(64);

function pushBound(at: number, from: number, to: number): number {
  if (at + 2 > bounds.length) {
    const grown = new Int32Array(bounds.length * 2);
    grown.set(bounds);
    bounds = grown;
  }
  bounds[at] = from;
  bounds[at + 1] = to;
  return at + 2;
}

/** Splits `text` into `bounds` and returns the number of sentences. */
function splitSentenceBounds(text: string): number {
  let out = 0;
  let start = 0;
  const n = text.length;
  while (start < n && isSpace(text.charCodeAt(start))) start++;
  for (let i = start; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      if (i > start) out = pushBound(out, start, i);
      start = i + 1;
      continue;
    }
    if (ch !== 46 && ch !== 33 && ch !== 63) continue;
    let j = i + 1;
    while (j < n && closesQuote(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && text.charCodeAt(k) === 32) k++;
    if (k < n && !opensSentence(text, k)) continue;
    if (ch === 46 && endsAbbreviation(text, Math.max(start, i - 12), i)) continue;
    out = pushBound(out, start, j);
    start = k;
    i = k - 1;
  }
  let end = n;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out = pushBound(out, start, end);
  return out / 2;
}

/** `"`, `'`, `’`, `”`, `)` or `]`. */
function closesQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 41 || c === 93;
}

/** Whether `text[k]` can open a sentence: a capital, a digit, a quote, a bracket, a bullet or a dash. */
function opensSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128)
    return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 10 || c === 45;
  return OPENS_SENTENCE.test(text[k]!);
}

/** Whether the letters and dots that end `text.slice(from, dot)` are an abbreviation, a lone letter or initials. */
function endsAbbreviation(text: string, from: number, dot: number): boolean {
  let p = dot;
  for (; p > from; p--) {
    const c = text.charCodeAt(p - 1);
    // Letters beyond ASCII (and surrogate pairs) are rare: the regexes say what counts.
    if (c >= 128) return endsAbbreviationSlow(text.slice(from, dot));
    if (c !== 46 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  const length = dot - p;
  if (length === 0) return false;
  if (length <= ABBREVIATION_LENGTH && ABBREVIATIONS.has(text.slice(p, dot).toLowerCase())) return true;
  // A lone letter, or letters joined by dots ("U.K"): letters at even offsets, dots at odd ones.
  if (length % 2 === 0) return false;
  for (let q = p; q < dot; q++) if ((text.charCodeAt(q) === 46) !== ((q - p) % 2 === 1)) return false;
  return true;
}

function endsAbbreviationSlow(window: string): boolean {
  const token = LAST_TOKEN.exec(window)?.[1]?.toLowerCase() ?? "";
  return ABBREVIATIONS.has(token) || LETTER.test(token) || INITIALS.test(token);
}
