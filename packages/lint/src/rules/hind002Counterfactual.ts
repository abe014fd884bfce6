import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

/**
 * HIND-002: counterfactual claims about the SFO. A passage that only says the management of the
 * case could have been different (001, McSweeney paragraph) passes: the patterns name the SFO or offence.
 */
export const hind002Counterfactual: BlockRule = {
  ids: ["HIND-002"],
  run(block, ctx) {
    if (ctx.traits.nfd || ctx.traits.plan || ctx.traits.response) return [];
    return findPhrases(block.text, lexicon.counterfactual)
      .filter(
        (h) =>
          !/been prevented|preventable|avoidable/i.test(h.phrase) ||
          /\b(?:SFO|offence|murder|death|attack|assault|it)\b/i.test(block.sentenceAt(h.from)?.text ?? ""),
      )
      .map((h) =>
        createFinding(
          "HIND-002",
          "warning",
          block.text,
          h.from,
          h.to,
          "Counterfactual claim about the SFO: describe the impact on the management of the case instead.",
        ),
      );
  },
};
