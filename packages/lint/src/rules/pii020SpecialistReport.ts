import pii from "../data/piiLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";
import { phraseAlternation as alt } from "../engine/phraseAlternation.js";
import type { Finding, Severity } from "../Finding.js";
import { inCaseNarrative } from "./inCaseNarrative.js";

const r = pii.specialistReports;
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
// Atomic (lookahead and backreference): "psychologist reports" must not backtrack to "psychologist" + the verb "reports".
const CUE = `(?=(${alt(r.reportCues)}))\\1`;
const VERB = `(?:${alt(r.reportingVerbs)})`;
const WORDS = "(?:\\s+[\\p{L}\\p{N},'’()-]+){0,6}?";
/** The report (or its author) says something: "the psychology report completed in 2022 concluded". */
const REPORTS = new RegExp(`${B}${CUE}(?:['’]s)?,?${WORDS}\\s+${VERB}${E}`, "iu");
const ACCORDING = new RegExp(
  `${B}(?:according\\s+to|in\\s+the\\s+(?:words|view|opinion)\\s+of)\\s+(?:the\\s+|a\\s+|an\\s+)?${CUE}|${CUE}['’]s\\s+(?:view|opinion|words|conclusion|formulation)${E}`,
  "iu",
);
const CUE_ONLY = new RegExp(`${B}${CUE}${E}`, "iu");
// Every cue up to its apostrophe ("psychologist's report" → "psychologist"): a block with none of these has no cue.
const CUE_WORDS = r.reportCues.map((cue) => cue.split(/['’]/)[0]!);
const CONTINUES = new RegExp(`^(?:${alt(r.continuationSubjects)})${WORDS}\\s+${VERB}${E}`, "u");
const QUOTE = /["“‘][^"”’]{12,}["”’]/u;

/**
 * PII-020: passages quoted or paraphrased from a psychology or psychiatric report (003 §7.2). A mention
 * of the report passes; what it says, in the sentence naming it or the next one, is flagged.
 */
export const pii020SpecialistReport: BlockRule = {
  ids: ["PII-020"],
  run(block, ctx) {
    if (ctx.traits.nfd || !inCaseNarrative(ctx) || findPhrases(block.text, CUE_WORDS).length === 0) return [];
    // Information only: HMPPS psychologists' reports are not third-party information; sharing them needs a check, not a block.
    const severity: Severity = ctx.shareable ? "warning" : "info";
    const out: Finding[] = [];
    let previousCue = false;
    for (const sentence of block.sentences) {
      const text = sentence.text;
      const cue = CUE_ONLY.test(text);
      const content: boolean = cue
        ? REPORTS.test(text) || ACCORDING.test(text) || QUOTE.test(text)
        : previousCue && (CONTINUES.test(text) || QUOTE.test(text));
      if (content)
        out.push(
          createFinding(
            "PII-020",
            severity,
            block.text,
            sentence.from,
            sentence.to,
            "Content from a psychology or psychiatric report: keep only what is needed to understand the review, and check it for personal data of the supervised individual or third parties before sharing.",
          ),
        );
      previousCue = cue || (previousCue && content);
    }
    return out;
  },
};
