import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

const ALLOWED_AFTER = new Set(lexicon.personTermAllowedAfter);

/** LANG-007: "offender", "client", "service user" for the person on probation (info only). */
export const lang007PersonTerms: BlockRule = {
  ids: ["LANG-007"],
  run(block, ctx) {
    if (ctx.traits.nfd || !ctx.traits.review) return [];
    const out = [];
    for (const h of findPhrases(block.text, lexicon.personTerms)) {
      const next = /^\s+([\p{L}-]+)/u.exec(block.text.slice(h.to))?.[1]?.toLowerCase();
      if (next && ALLOWED_AFTER.has(next)) continue;
      if (/(?:prolific|violent|sex|young|youth)\s+$/i.test(block.text.slice(0, h.from)) && next === "register")
        continue;
      const from = /\b(?:a|an)\s+(?:(?:low|medium|high|very high)\s+risk\s+)?(?:\w+\s+)?$/i.exec(
        block.text.slice(0, h.from),
      );
      out.push(
        createFinding(
          "LANG-007",
          "info",
          block.text,
          from && /risk/i.test(from[0]) ? from.index : h.from,
          h.to,
          `"${h.phrase}": prefer "the supervised individual" or the person's initials.`,
          [
            {
              label: "Use 'supervised individual'",
              kind: "replace",
              from: h.from,
              to: h.to,
              text: h.phrase.endsWith("s") ? "supervised individuals" : "supervised individual",
            },
          ],
        ),
      );
    }
    return out;
  },
};
