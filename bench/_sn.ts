import { isListedSurname } from "../packages/lint/src/text/surnames.js";
for (const w of process.argv.slice(2)) console.log(w, isListedSurname(w));
