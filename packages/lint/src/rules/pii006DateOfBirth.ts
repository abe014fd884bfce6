import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { piiSeverity } from "./piiSeverity.js";
import { allMatches } from "../engine/allMatches.js";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4})(?![\\d/.-]\\d)`;
// Up to five words may sit between the cue and the date ("date of birth is recorded as …", "born in Leeds on …"),
// but not a negation or a clause break ("date of birth was not known until …").
const FILLER =
  "(?:(?!(?:not|never|unknown|and|but|or|until|after|before|since|while|although|however|when)(?![\\p{L}]))[\\p{L}'’]+[\\s,]+){0,5}?";
const PATTERN = new RegExp(
  `(?<![\\p{L}])(?:D\\.?O\\.?B\\.?|date\\s+of\\s+birth|birth\\s+date|born)(?![\\p{L}])[\\s:=,(–-]*${FILLER}\\(?\\s*${DATE}`,
  "giu",
);

/** PII-006: a date of birth ("DOB 02/05/1991", "born on 3 May 1990", "date of birth is recorded as 23.04.1995"); other dates and ages are not flagged. */
export const pii006DateOfBirth: BlockRule = {
  ids: ["PII-006"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    return allMatches(PATTERN, block.text).map((m) =>
      createFinding(
        "PII-006",
        severity,
        block.text,
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
        "Date of birth: remove it, or give the age only if it is relevant.",
      ),
    );
  },
};
