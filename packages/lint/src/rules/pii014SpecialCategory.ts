import pii from "../data/piiLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { hasWordStartingWith } from "../engine/findPhrases.js";
import { phraseAlternation as alt } from "../engine/phraseAlternation.js";
import type { Finding } from "../Finding.js";
import { inCaseNarrative } from "./inCaseNarrative.js";
import { piiSeverity } from "./piiSeverity.js";

type Category = keyof typeof pii.specialCategory;

const LABELS: Readonly<Record<Category, string>> = {
  ethnic: "racial or ethnic origin",
  religion: "religious or philosophical belief",
  political: "political opinion",
  tradeUnion: "trade union membership",
  biometric: "genetic or biometric data",
  sexual: "sex life or sexual orientation",
};

const t = pii.specialCategoryTerms;
const B = "(?<![\\p{L}\\p{N}'’-])";
const E = "(?![\\p{L}\\p{N}])";
// A person's possessive; contractions such as "he's" or "that's" are not possessives, nor is a saint's name in a
// church's ("St Elwyn's Church hall").
const POSSESSIVE = `(?:his|her|their|(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Victim|Partner)\\s+)?(?<!\\b(?:St|Saint)\\.?\\s+)(?!(?:he|she|it|that|there|what|who|here|where|let)['’]s)[\\p{L}\\p{N}-]+['’]s)\\s+(?:own\\s+)?`;
const NOT_AFTER = `(?!\\s+(?:${alt(t.notAfterPossessed)})${E})`;
// A note about a mention ("a reference to Mr P's religion is removed", "details of his faith were redacted") names
// the category, not the person's belief.
const NOT_BEFORE = `(?<!(?:${alt(t.notBeforePossessed)})\\s+(?:the\\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+)?)`;
const BE = "(?:is|was|are|were|being|became|become|becomes)";
const SELF_DESCRIBED =
  "(?:identif(?:y|ies|ied|ying)|describe[sd]?\\s+(?:himself|herself|themselves)|(?:came|come|comes|coming)\\s+out)\\s+as";
const RELIGIONS = alt(t.religions);
const FAITH_ADJ = `(?:(?:${alt(t.faithAdjectives)})\\s+)?`;
const ORIENT = alt(t.orientations);
const PERSON = alt(t.personNouns);
const LABEL = (nouns: string) =>
  `(?:${nouns})(?:\\s*:|\\s+(?:is|was)\\s+(?:recorded|listed|given|described|noted|stated)\\s+as)`;

/** Case-insensitive patterns per category: lexicon phrases, possessed nouns and constructions about a person. */
const PATTERNS: Readonly<Record<Category, string[]>> = {
  ethnic: [LABEL("ethnicity|ethnic\\s+origin|race")],
  religion: [
    `${BE}\\s+(?:an?\\s+)?${FAITH_ADJ}(?:${RELIGIONS})`,
    `${SELF_DESCRIBED}\\s+(?:an?\\s+)?${FAITH_ADJ}(?:${RELIGIONS})`,
    `(?:an?|his|her|their)\\s+${FAITH_ADJ}(?:${RELIGIONS})\\s+(?:${PERSON})`,
    `(?:${RELIGIONS})\\s+(?:faith|beliefs?|upbringing|convert)`,
    `(?:attend(?:s|ed|ing)?|go(?:es|ing)?\\s+to|went\\s+to)\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+|their\\s+)?(?:local\\s+)?(?:${alt(t.placesOfWorship)})`,
    `(?:convert(?:ed|ing|s)?|a\\s+convert)\\s+to\\s+(?:${alt(t.religionNouns)})`,
    LABEL("religion|faith"),
  ],
  political: [
    `vot(?:es|ed|ing)\\s+(?:for\\s+)?(?:the\\s+)?(?:Labour|Conservatives?|Tory|Tories|Liberal\\s+Democrats?|Lib\\s+Dems?|Greens|Reform\\s+UK|Plaid\\s+Cymru|SNP|UKIP|BNP)`,
    `(?:Labour|Conservative|Liberal\\s+Democrat|Lib\\s+Dem|Green\\s+Party|Reform\\s+UK|UKIP|BNP|SNP)\\s+(?:party\\s+)?(?:member|supporter|activist|voter|councillor|candidate)s?`,
  ],
  tradeUnion: [
    `member\\s+of\\s+(?:a|the|his|her|their)\\s+(?:trade\\s+)?union`,
    `(?:member|representative|rep)\\s+of\\s+(?:the\\s+)?(?:${alt(t.unions)})`,
  ],
  biometric: [],
  sexual: [
    `${BE}\\s+(?:an?\\s+)?(?:openly\\s+)?(?:${ORIENT})`,
    `${SELF_DESCRIBED}\\s+(?:an?\\s+)?(?:openly\\s+)?(?:${ORIENT}|straight|LGBTQ?\\+?)`,
    `(?:an?|his|her|their)\\s+(?:${ORIENT})\\s+(?:${PERSON})`,
  ],
};

/** Case-sensitive patterns: a capitalised people or nation before "heritage", a named party. */
const CASED: Readonly<Partial<Record<Category, string[]>>> = {
  ethnic: [
    `[Oo]f\\s+(?:(?:mixed|dual|\\p{Lu}[\\p{L}'’-]*)\\s+){1,3}(?:heritage|descent|origin|extraction)`,
    `(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}(?:heritage|roots|ethnicity)`,
  ],
  political: [
    `(?:member|supporter|activist|voter|candidate|councillor)\\s+(?:of|for)\\s+the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}Party`,
  ],
};

/** Terms the constructions of a category are built on, besides its lexicon anchors. */
const TERMS: Readonly<Partial<Record<Category, readonly string[]>>> = {
  religion: [...t.religions, ...t.religionNouns, ...t.placesOfWorship],
  tradeUnion: t.unions,
  sexual: t.orientations,
};

const wrap = (source: string) => `${B}(?:${source})${E}`;

/** A category's anchors and terms, with each apostrophe straight and curly, as the patterns read them. */
export function anchorsOf(category: Category): string[] {
  const words = [...pii.specialCategory[category].anchors, ...(TERMS[category] ?? [])];
  return [...new Set(words.flatMap((w) => [w, w.replace(/’/g, "'"), w.replace(/'/g, "’")]))];
}

// Each category's anchors (every match holds one at the start of a word; the tests check the lexicon's phrases) are
// looked up first in the block's phrase walk: most blocks have none, and the full patterns, tried at every position,
// cost far more.
const MATCHERS: readonly { category: Category; anchors: string[]; patterns: RegExp[] }[] = (
  Object.keys(LABELS) as Category[]
).map((category) => {
  const { phrases, possessed } = pii.specialCategory[category];
  const insensitive = [
    alt(phrases),
    `${NOT_BEFORE}${POSSESSIVE}(?:${alt(possessed)})${NOT_AFTER}`,
    ...PATTERNS[category],
  ];
  return {
    category,
    anchors: anchorsOf(category),
    patterns: [
      new RegExp(insensitive.map(wrap).join("|"), "giu"),
      ...(CASED[category] ?? []).map((source) => new RegExp(wrap(source), "gu")),
    ],
  };
});

const ANY_ANCHOR = MATCHERS.flatMap((m) => m.anchors);
const CREDIT_BEFORE = /\bcredit\s+$/i;

interface Hit {
  from: number;
  to: number;
  category: Category;
}

/** Every special category mention; overlapping mentions merge into one, named by the earlier. */
export function findSpecialCategory(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!hasWordStartingWith(text, ANY_ANCHOR)) return hits;
  for (const { category, anchors, patterns } of MATCHERS) {
    if (!hasWordStartingWith(text, anchors)) continue;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        // "a credit union member" banks there: no trade union.
        if (category === "tradeUnion" && CREDIT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
        hits.push({ from: m.index, to: m.index + m[0].length, category });
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
  }
  hits.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept.at(-1);
    if (last && h.from < last.to) last.to = Math.max(last.to, h.to);
    else kept.push({ ...h });
  }
  return kept;
}

/**
 * PII-014: special category data (DPA 2018 s.35(8); 003 Appendix 1) about any person. Health is
 * PII-013 and PII-015. Phrases tie the category to a person ("his religion", "is a practising
 * Muslim", "identifies as gay", "of Pakistani heritage"), so topic words ("the political context")
 * pass. Bare census descriptors ("a White British man") are the expected diversity profile and pass.
 */
export const pii014SpecialCategory: BlockRule = {
  ids: ["PII-014"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity || !inCaseNarrative(ctx)) return [];
    return findSpecialCategory(block.text).map(
      (h): Finding =>
        createFinding(
          "PII-014",
          severity,
          block.text,
          h.from,
          h.to,
          `Special category data (${LABELS[h.category]}): keep it only if it is necessary and proportionate to understanding the review, as the supervised individual's diversity analysis can be; otherwise move it to the not-for-disclosure column.`,
        ),
    );
  },
};
