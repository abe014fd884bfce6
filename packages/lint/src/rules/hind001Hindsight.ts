import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

/** HIND-001: hindsight language in a sentence that does not say what was known at the time (003 §3.4.1). */
export const hind001Hindsight: BlockRule = {
  ids: ["HIND-001"],
  run(block, ctx) {
    if (ctx.traits.nfd || ctx.traits.plan || ctx.traits.response) return [];
    return findPhrases(block.text, lexicon.hindsight)
      .filter((h) => {
        const sentence = block.sentenceAt(h.from);
        return (
          !sentence ||
          findPhrases(sentence.text, lexicon.hindsightAnchors).length === 0 ||
          /hindsight|obvious/i.test(h.phrase)
        );
      })
      .map((h) =>
        createFinding(
          "HIND-001",
          "warning",
          block.text,
          h.from,
          h.to,
          "Hindsight: anchor the judgement to what was known at the time and the expected practice then in force.",
        ),
      );
  },
};
