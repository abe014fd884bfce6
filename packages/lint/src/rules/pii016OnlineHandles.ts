import type { BlockRule } from "../engine/BlockRule.js";
import { allMatches } from "../engine/allMatches.js";
import { createFinding } from "../engine/createFinding.js";
import { isEnglishWord } from "../text/englishWords.js";
import { piiSeverity } from "./piiSeverity.js";

// "@kaz.marchby", "@arbi_qi5": a handle, not the domain of an e-mail address ("x@example.org").
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?![\p{L}\p{N}@])/gu;
// "appt @10am", "seen @home": "at", not a handle.
const AT_WORD_OR_TIME = /^@(?:\d{1,2}(?::\d\d)?(?:am|pm)?|\d+)$/i;
// A username after its platform: 'Snapchat name, "maddz.x"', "his snap is nuggz.g4". Only a token with a dot, an
// underscore or a digit, which no word has: "his snap is private" names nothing.
const CUED_USERNAME =
  /\b(?:[Ss]napchat|[Ss]nap|[Ii]nsta(?:gram)?|[Tt]ik[Tt]ok|[Tt]witter|[Ff]acebook|[Uu]sername|[Hh]andle|[Gg]amertag)(?:\s+(?:name|handle|username|account|id))?(?:\s+(?:is|was))?\s*[:,]?\s*["“‘']?([A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\p{L}\p{N}@])/gu;
// A letter and a dot, underscore or digit: "maddz.x", "nuggz.g4"; not "14" or "private".
const HANDLE_SHAPE = /^(?=.*[A-Za-z])(?=.*[._\d])/;
// An organisation's account ("@hmiprobation", "@HMPPSgov", "@WestYorksPolice") names no one.
const ORGANISATION_HANDLE =
  /^@(?:hmi|hmpps|probation|moj|nhs|gov|justice)|(?:police|council|gov|govuk|nhs|probation|justice|service)$/i;

/**
 * PII-016 (identifying details, DOMAIN.md §4.7): a social media handle or username. It identifies its owner as surely
 * as a name, but the text rarely says whose it is, and the supervised individual's own accounts are often the
 * evidence the analysis needs: advice in the internal review, an error in the shareable copy.
 */
export const pii016OnlineHandles: BlockRule = {
  ids: ["PII-016"],
  run(block, ctx) {
    const severity = piiSeverity(ctx, "info");
    if (!severity) return [];
    const { text } = block;
    const spans: [number, number][] = [];
    for (const m of allMatches(AT_HANDLE, text))
      if (
        m[0].length > 3 &&
        !ORGANISATION_HANDLE.test(m[0]) &&
        !AT_WORD_OR_TIME.test(m[0]) &&
        !isEnglishWord(m[0].slice(1))
      )
        spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    for (const m of allMatches(CUED_USERNAME, text)) {
      const value = m[1]!;
      if (!HANDLE_SHAPE.test(value)) continue;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (!spans.some(([a, b]) => from < b && from + value.length > a)) spans.push([from, from + value.length]);
    }
    return spans
      .sort((a, b) => a[0] - b[0])
      .map(([from, to]) =>
        createFinding(
          "PII-016",
          severity,
          text,
          from,
          to,
          "Social media handle: it identifies its owner; keep it out of the shareable copy, and say which platform rather than the account where the review does not need it.",
        ),
      );
  },
};
