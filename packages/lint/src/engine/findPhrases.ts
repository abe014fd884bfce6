import { allMatches } from "./allMatches.js";
import { escapeRegExp } from "../text/escapeRegExp.js";
/** A phrase found in a text. */
export interface PhraseHit {
  from: number;
  to: number;
  phrase: string;
}

/*
 * Every lexicon ever passed in shares one trie of case-folded phrases, and a text is walked once for all of
 * them: a block's rules ask for thirty-odd lexicons of the same text, and one regex scan per lexicon cost
 * about a sixth of a full lint. The result is the one the regex
 * `(?<![\p{L}\p{N}])(?:phrases, longest first)(?![\p{L}\p{N}])` with flags `giu` gives, a space in a phrase
 * standing for any run of whitespace (the tests hold the two side by side).
 */

interface PhraseEnd {
  lexicon: number;
  /** Position in the lexicon sorted longest first: the regex tries its alternatives in that order. */
  rank: number;
  /** A word's start, not a whole word: matched whatever follows it. */
  prefix: boolean;
}

interface TrieNode {
  /** Most nodes have one child: it is kept here, and a second starts the map. */
  key: number;
  child: TrieNode | undefined;
  next: Map<number, TrieNode> | undefined;
  /** Taken by a run of whitespace in the text. */
  space: TrieNode | undefined;
  ends: PhraseEnd[] | undefined;
}

const newNode = (): TrieNode => ({ key: -1, child: undefined, next: undefined, space: undefined, ends: undefined });
const childOf = (node: TrieNode, key: number) => (node.key === key ? node.child : node.next?.get(key));
function addChild(node: TrieNode, key: number): TrieNode {
  const known = childOf(node, key);
  if (known) return known;
  const child = newNode();
  if (node.key === -1) {
    node.key = key;
    node.child = child;
  } else {
    node.next ??= new Map();
    node.next.set(key, child);
  }
  return child;
}
const root = newNode();
const lexiconIds = new WeakMap<readonly string[], number>();
const prefixListIds = new WeakMap<readonly string[], number>();
// A lexicon built afresh for each call ("[a, b]" in a rule) is the same lexicon: by content, it is added once.
const idsByContent = new Map<string, number>();
/** Lexicons the trie cannot hold exactly (whitespace other than single spaces between words) keep a regex. */
const regexFallback = new WeakMap<readonly string[], RegExp>();
const prefixRegexFallback = new WeakMap<readonly string[], RegExp>();
let lexiconCount = 0;

// Characters JavaScript's `\s` matches.
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const foldCache = new Map<number, number>();
/** One UTF-16 unit as the `iu` flags compare it (simple case folding), for the units phrases and texts hold. */
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    const s = String.fromCharCode(c);
    const upper = s.toUpperCase();
    const lower = (upper.length === 1 ? upper : s).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : c;
    // Upper then lower case is simple case folding but for a few letters ("ı" folds to itself, not to "i").
    if (f !== c && !new RegExp(`^${escapeRegExp(lower)}$`, "iu").test(s)) f = c;
    foldCache.set(c, f);
  }
  return f;
}

const WORD = /[\p{L}\p{N}]/u;
const wordCache = new Map<number, boolean>();
function isWordPoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  let w = wordCache.get(cp);
  if (w === undefined) {
    w = WORD.test(String.fromCodePoint(cp));
    wordCache.set(cp, w);
  }
  return w;
}
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether the code point ending just before `i` is a letter or a digit. */
function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (isLow(c) && i >= 2 && isHigh(text.charCodeAt(i - 2))) return isWordPoint(text.codePointAt(i - 2) ?? c);
  return isWordPoint(c);
}
/** Whether the code point starting at `i` is a letter or a digit. */
const wordAt = (text: string, i: number) => i < text.length && isWordPoint(text.codePointAt(i) ?? 0);

function register(phrases: readonly string[], prefix: boolean): number | undefined {
  const ids = prefix ? prefixListIds : lexiconIds;
  const fallbacks = prefix ? prefixRegexFallback : regexFallback;
  const known = ids.get(phrases);
  if (known !== undefined) return known;
  if (fallbacks.has(phrases)) return undefined;
  if (phrases.some((p) => p === "" || /^ | $| {2}|[^\S ]/.test(p))) {
    const alternatives = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => escapeRegExp(p).replace(/ /g, "\\s+"));
    const end = prefix ? "" : "(?![\\p{L}\\p{N}])";
    fallbacks.set(phrases, new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})${end}`, "giu"));
    return undefined;
  }
  const contentKey = `${+prefix}\u0000${phrases.join("\u0000")}`;
  const same = idsByContent.get(contentKey);
  if (same !== undefined) {
    ids.set(phrases, same);
    return same;
  }
  const id = lexiconCount++;
  idsByContent.set(contentKey, id);
  // A stable sort, as the regex's alternatives were ordered.
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  sorted.forEach((phrase, rank) => {
    let node = root;
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      if (c === 32) {
        node.space ??= newNode();
        node = node.space;
        continue;
      }
      node = addChild(node, fold(c));
    }
    node.ends ??= [];
    node.ends.push({ lexicon: id, rank, prefix });
  });
  ids.set(phrases, id);
  scans.clear();
  return id;
}

/** Every phrase of any lexicon that matches at a boundary in one text, by lexicon: from, to and rank in threes. */
type Scan = Map<number, number[]>;

function scan(text: string): Scan {
  const out: Scan = new Map();
  const n = text.length;
  let prevWord = false;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    const startsHere = !prevWord;
    prevWord = isLow(c) && p > 0 && isHigh(text.charCodeAt(p - 1)) ? wordBefore(text, p + 1) : isWordPoint(c);
    if (!startsHere) continue;
    let node = childOf(root, fold(c));
    let i = p + 1;
    while (node) {
      if (node.ends) {
        const boundary = !wordAt(text, i);
        for (const end of node.ends) {
          if (!boundary && !end.prefix) continue;
          const list = out.get(end.lexicon);
          if (list) list.push(p, i, end.rank);
          else out.set(end.lexicon, [p, i, end.rank]);
        }
      }
      if (i >= n) break;
      const d = text.charCodeAt(i);
      if (isSpace(d)) {
        node = node.space;
        while (++i < n && isSpace(text.charCodeAt(i)));
      } else {
        node = childOf(node, fold(d));
        i++;
      }
    }
  }
  return out;
}

// The texts walked last: a block's rules ask for many lexicons of its text in turn, and the document rules ask
// again for every block's after all of them; a fifty-page review has about 450 blocks.
const scans = new Map<string, Scan>();
const SCANS_KEPT = 1024;

function scanOf(text: string): Scan {
  let s = scans.get(text);
  if (!s) {
    s = scan(text);
    if (scans.size >= SCANS_KEPT) scans.delete(scans.keys().next().value as string);
    scans.set(text, s);
  }
  return s;
}

/** Whole-word, case-insensitive matches of any phrase of a lexicon, longest first. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseHit[] {
  const id = register(phrases, false);
  if (id === undefined) {
    // allMatches rather than matchAll, which clones the (large) pattern on every call.
    return allMatches(regexFallback.get(phrases) as RegExp, text).map((m) => ({
      from: m.index,
      to: m.index + m[0].length,
      phrase: m[0],
    }));
  }
  const found = scanOf(text).get(id);
  const hits: PhraseHit[] = [];
  if (!found) return hits;
  // Starts come in order; at one start the lowest rank wins, and the next match starts after it ends.
  let end = 0;
  for (let k = 0; k < found.length; ) {
    const from = found[k] as number;
    let to = found[k + 1] as number;
    let rank = found[k + 2] as number;
    for (k += 3; k < found.length && found[k] === from; k += 3) {
      if ((found[k + 2] as number) < rank) {
        rank = found[k + 2] as number;
        to = found[k + 1] as number;
      }
    }
    if (from < end) continue;
    hits.push({ from, to, phrase: text.slice(from, to) });
    end = to;
  }
  return hits;
}

/**
 * Whether a word of `text` starts with one of `prefixes` ("religio" in "religious", "vot" in "voted"), whatever the
 * case; a space in a prefix stands for any run of whitespace. A cheap first test for patterns built on the prefixes.
 */
export function hasWordStartingWith(text: string, prefixes: readonly string[]): boolean {
  const id = register(prefixes, true);
  if (id === undefined) {
    const re = prefixRegexFallback.get(prefixes) as RegExp;
    re.lastIndex = 0;
    return re.test(text);
  }
  return scanOf(text).has(id);
}
