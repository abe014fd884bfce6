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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && LETTER_OR_DIGIT.test(text.slice(i - 1, i + 1));
  return LETTER_OR_DIGIT.test(text[i]!);
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
    return this.sentences.find((s) => at >= s.from && at < s.to) ?? this.sentences.at(-1);
  }

  #tokenise(): void {
    const text = this.text;
    const bounds = splitSentenceBounds(text);
    const sentences: Sentence[] = [];
    const words: Word[] = [];
    let si = 0;
    for (const [from, to] of bounds) {
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
        const value = text.slice(start, i);
        words.push({ text: value, lower: value.toLowerCase(), from: start, to: i, sentence: si });
      }
      sentences.push({ from, to, text: text.slice(from, to), firstWord, endWord: words.length });
      si++;
    }
    this.#sentences = sentences;
    this.#words = words;
  }
}

/** Sentence ranges of `text` without tokenising words, for rules that only need sentences. */
export function sentenceBounds(text: string): readonly [number, number][] {
  return splitSentenceBounds(text);
}

function splitSentenceBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const n = text.length;
  while (start < n && /\s/.test(text[start]!)) start++;
  for (let i = start; i < n; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      if (i > start) out.push([start, i]);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < n && /["'’”)\]]/.test(text[j]!)) j++;
    if (j < n && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < n && text[k] === " ") k++;
    if (k < n && !/[\p{Lu}\p{N}"'‘“(\n•-]/u.test(text[k]!)) continue;
    if (ch === ".") {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 12), i));
      const token = before?.[1]?.toLowerCase() ?? "";
      if (ABBREVIATIONS.has(token) || /^\p{L}$/u.test(token) || /^(?:\p{L}\.)+\p{L}$/u.test(token)) continue;
    }
    out.push([start, j]);
    start = k;
    i = k - 1;
  }
  let end = n;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
  return out;
}
