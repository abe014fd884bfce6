import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

/** TONE-003: emotive or intensifying words about practice; warning in the summary. */
export const tone003EmotiveWords: BlockRule = {
  ids: ["TONE-003"],
  run(block, ctx) {
    if (ctx.traits.nfd) return [];
    return findPhrases(block.text, lexicon.emotive)
      .filter(
        (h) =>
          !/^gross(?:ly)?$/i.test(h.phrase) ||
          !/^\s+(?:misconduct|indecency|income|domestic)/i.test(block.text.slice(h.to)),
      )
      .map((h) =>
        createFinding(
          "TONE-003",
          ctx.traits.summary ? "warning" : "info",
          block.text,
          h.from,
          h.to,
          `"${h.phrase}" is emotive: give a measured judgement with its evidence.`,
        ),
      );
  },
};
