// Writes src/data/nameModel.json: the weights of the logistic model `text/nameModel.ts` scores capitalised words with,
// learnt from the labelled personal-data corpora in bench/corpora (every word inside a registered or unregistered name
// span is a name; every other capitalised word is not, the words of an address or an NI number too). Run from the
// repository root: node --import tsx packages/lint/scripts/trainNameModel.ts [--exclude heldout734,heldout735] [--out F]
// --exclude leaves corpora out, so that a model can be scored on corpora it has not seen.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isCapitalisedWord, NAME_FEATURES_VERSION, nameFeatures, tokenize } from "../src/text/nameModel.ts";
import { type Example, keptWeights, trainLogistic } from "./logisticTraining.ts";

const VERSION = "1.2.3";
const THRESHOLD = 0.87;
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
const examples: Example[] = [];
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
      examples.push({ features: nameFeatures(tokens, i), label: name });
    });
  }
}

const weights = keptWeights(trainLogistic(examples, { epochs: EPOCHS, minCount: MIN_COUNT, seed: 20261207 }));
const data = {
  version: VERSION,
  source: `Logistic regression over ${examples.length} capitalised words of ${files.length} labelled corpora in bench/corpora${excluded.size ? `, less ${[...excluded].join(", ")}` : ""}, by packages/lint/scripts/trainNameModel.ts (${EPOCHS} epochs, features seen at least ${MIN_COUNT} times, weights of at least 0.01).`,
  features: NAME_FEATURES_VERSION,
  threshold: THRESHOLD,
  englishWordThreshold: ENGLISH_WORD_THRESHOLD,
  weights,
};
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
process.stdout.write(`${examples.length} words, ${Object.keys(weights).length} weights\n`);
