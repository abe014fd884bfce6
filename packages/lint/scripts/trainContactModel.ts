// Writes src/data/contactModel.json: the weights of the logistic model `text/contactModel.ts` scores phone numbers,
// e-mail addresses and postal addresses with, learnt from the labelled personal-data corpora in bench/corpora. Every
// one PII-007, PII-008 or PII-009 reads there is an example: someone's own when a structured label covers it, an
// organisation's when none does. The model is only asked about those the written cues leave undecided, but learns
// from all of them: the cues' easy cases teach it the words of an organisation's line (trained on the undecided ones
// alone, it removed 0 of 19 false alarms in four blind corpora at the threshold where this removes 9 and keeps all 25
// true ones). Run from the repository root:
// node --conditions=@sfo-review/source --import tsx packages/lint/scripts/trainContactModel.ts [--exclude heldout734,heldout735] [--out F]
// --exclude leaves corpora out, so that a model can be scored on corpora it has not seen.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readAddresses } from "../src/rules/pii007Address.ts";
import { readPhoneNumbers } from "../src/rules/pii008PhoneNumber.ts";
import { readEmails } from "../src/rules/pii009Email.ts";
import { TextBlock } from "../src/text/TextBlock.ts";
import {
  CONTACT_FEATURES_VERSION,
  type ContactKind,
  type ContactRead,
  contactFeatures,
} from "../src/text/contactModel.ts";
import { type Example, keptWeights, trainLogistic } from "./logisticTraining.ts";

const VERSION = "1.1.1";
const THRESHOLD = 0.1;
const EPOCHS = 6;
const MIN_COUNT = 3;
const READERS: [ContactKind, (block: TextBlock) => ContactRead[]][] = [
  ["address", readAddresses],
  ["phone", readPhoneNumbers],
  ["email", readEmails],
];

const { values } = parseArgs({ options: { exclude: { type: "string", default: "" }, out: { type: "string" } } });
const excluded = new Set(values.exclude.split(",").filter(Boolean));
const corpora = new URL("../../../bench/corpora/", import.meta.url);
const out = values.out ?? new URL("../src/data/contactModel.json", import.meta.url);

interface Span {
  from: number;
  to: number;
  family: string;
}
interface LabelledLine {
  text: string;
  spans?: Span[];
  labels?: Span[];
}
const examples: Example[] = [];
const files = readdirSync(corpora)
  .filter((f) => /^pii\..+\.jsonl$/.test(f) && !excluded.has(f.slice(4, -6)))
  .sort();
for (const file of files) {
  for (const line of readFileSync(new URL(file, corpora), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as LabelledLine;
    const spans = (record.spans ?? record.labels ?? []).filter((s) => s.family === "structured");
    const block = new TextBlock(record.text);
    for (const [kind, read] of READERS)
      for (const { from, to } of read(block)) {
        const own = spans.some((s) => s.from < to && s.to > from) ? 1 : 0;
        examples.push({ features: contactFeatures(record.text, from, to, kind), label: own });
      }
  }
}

const weights = keptWeights(trainLogistic(examples, { epochs: EPOCHS, minCount: MIN_COUNT, seed: 20261207 }));
const data = {
  version: VERSION,
  source: `Logistic regression over ${examples.length} phone numbers, e-mail addresses and postal addresses found in ${files.length} labelled corpora in bench/corpora${excluded.size ? `, less ${[...excluded].join(", ")}` : ""}, by packages/lint/scripts/trainContactModel.ts (${EPOCHS} epochs, features seen at least ${MIN_COUNT} times, weights of at least 0.01).`,
  features: CONTACT_FEATURES_VERSION,
  threshold: THRESHOLD,
  weights,
};
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
const own = examples.filter((e) => e.label === 1).length;
process.stdout.write(
  `${examples.length} contact details (${own} someone's own), ${Object.keys(weights).length} weights\n`,
);
