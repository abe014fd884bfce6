import { looksLikeTown, isKnownFirstName } from "../packages/lint/src/text/findPersonNames.js";
import { isEnglishWord } from "../packages/lint/src/text/englishWords.js";
for (const w of process.argv.slice(2)) console.log(w, { town: looksLikeTown(w), first: isKnownFirstName(w), eng: isEnglishWord(w.toLowerCase()) });
