import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../text/escapeRegExp.js";
import { findPhrases, hasWordStartingWith } from "./findPhrases.js";

// The regex findPhrases stands for: its results must be the same on any text.
function byRegex(text: string, phrases: readonly string[]) {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, "\\s+"));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return [...text.matchAll(re)].map((m) => ({ from: m.index, to: m.index + m[0].length, phrase: m[0] }));
}

// A small deterministic generator, so that a failure can be replayed.
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const PIECES = [
  "risk",
  "Risk",
  "RISK",
  "management",
  "plan",
  "a",
  "an",
  "the",
  " ",
  "  ",
  "\n",
  "\u00a0",
  "-",
  "(",
  ")",
  "'",
  "’",
  "s",
  "ı",
  "İ",
  "ſ",
  "K",
  "ß",
  "é",
  "É",
  "𝐀",
  "😀",
  "2",
  ".",
  ",",
  "did",
  "not",
  "know",
  "how",
  "self",
  "harm",
];
const LEXICONS: readonly (readonly string[])[] = [
  ["risk", "risk management", "risk management plan", "plan"],
  ["a", "an", "the risk", "did not", "did not know how", "not know"],
  ["self-harm", "harm", "(risk)", "risk's", "risk’s", "risks"],
  ["é", "ß", "sk", "kı", "s"],
  ["did not", "did not know", "Did Not Know How"],
];

describe("findPhrases against the regex it replaces", () => {
  it("gives the same hits on random texts of words, spaces, punctuation, cases and letters outside the BMP", () => {
    const next = random(7);
    for (let round = 0; round < 3000; round++) {
      const length = 1 + Math.floor(next() * 14);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
      for (const lexicon of LEXICONS) {
        expect(findPhrases(text, lexicon), JSON.stringify({ text, lexicon })).toEqual(byRegex(text, lexicon));
      }
    }
  });

  it("finds a word's start as the regex without its closing boundary does", () => {
    const next = random(11);
    const prefixes = [
      ["ris", "man"],
      ["a ris", "did no"],
      ["self-", "(r"],
      ["ß", "sk"],
    ];
    for (let round = 0; round < 3000; round++) {
      const length = 1 + Math.floor(next() * 10);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
      for (const list of prefixes) {
        const alternatives = list.map((p) => escapeRegExp(p).replace(/ /g, "\\s+")).join("|");
        const expected = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, "iu").test(text);
        expect(hasWordStartingWith(text, list), JSON.stringify({ text, list })).toBe(expected);
      }
    }
  });

  it("keeps a lexicon whose phrases hold other whitespace on the regex, with the same results", () => {
    const lexicon = ["risk\u00a0plan", " risk", "plan"];
    for (const text of ["risk\u00a0plan", "risk plan", " risk plan", "a  risk"]) {
      expect(findPhrases(text, lexicon)).toEqual(byRegex(text, lexicon));
    }
  });
});
