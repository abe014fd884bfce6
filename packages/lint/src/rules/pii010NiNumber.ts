import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { piiSeverity } from "./piiSeverity.js";
import { allMatches } from "../engine/allMatches.js";

// Any NI-shaped number is personal data, including prefixes HMRC never issues (QQ is its
// example prefix, and typos are still someone's number): recall matters more than validity here.
// Typed in lower case too ("qq 73 19 46 b").
const NI = /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi;

/** PII-010: National Insurance numbers (pattern [inferred]). */
export const pii010NiNumber: BlockRule = {
  ids: ["PII-010"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    return allMatches(NI, block.text).map((m) =>
      createFinding(
        "PII-010",
        severity,
        block.text,
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
        "National Insurance number: remove it.",
      ),
    );
  },
};
