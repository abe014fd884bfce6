import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

/** TONE-001: "failed to" and "failure to"; fix "did not" (003 §3.4.1). */
export const tone001FailedTo: BlockRule = {
  ids: ["TONE-001"],
  run(block, ctx) {
    if (ctx.traits.nfd) return [];
    // Non-compliance by the supervised individual ("failed to attend") is enforcement language, not a judgement on staff.
    return findPhrases(block.text, lexicon.failedTo)
      .filter(
        (h) => !/^\s+(?:attend|comply|report|return|keep|reside|surrender|appear)\b/i.test(block.text.slice(h.to)),
      )
      .map((h) => {
        const lower = h.phrase.toLowerCase();
        const replacement = lower.startsWith("failed")
          ? "did not"
          : lower.startsWith("fails")
            ? "does not"
            : lower === "fail to"
              ? "do not"
              : undefined;
        const text =
          replacement && /^F/.test(h.phrase) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
        return createFinding(
          "TONE-001",
          "warning",
          block.text,
          h.from,
          h.to,
          `"${h.phrase}": say what the person did not do ("PP1 did not …") unless the deficit was significant.`,
          text ? [{ label: `Replace with "${text}"`, kind: "replace", from: h.from, to: h.to, text }] : undefined,
        );
      });
  },
};
