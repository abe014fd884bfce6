import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { piiSeverity } from "./piiSeverity.js";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const PATTERN = new RegExp(
  `\\b(?:D\\.?O\\.?B\\.?|date\\s+of\\s+birth|born(?:\\s+on)?)\\s*(?:[:=-]|is|was)?\\s*(?:on\\s+)?${DATE}`,
  "gi",
);

/** PII-006: a date of birth ("DOB 02/05/1991", "born on 3 May 1990"); other dates and ages are not flagged. */
export const pii006DateOfBirth: BlockRule = {
  ids: ["PII-006"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    return [...block.text.matchAll(PATTERN)].map((m) =>
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
