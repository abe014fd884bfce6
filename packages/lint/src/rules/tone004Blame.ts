import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

/** TONE-004: wording that makes staff responsible for the offence (003 §5.1, §9). */
export const tone004Blame: BlockRule = {
  ids: ["TONE-004"],
  run(block, ctx) {
    if (ctx.traits.nfd) return [];
    return findPhrases(block.text, lexicon.blame).map((h) =>
      createFinding(
        "TONE-004",
        "warning",
        block.text,
        h.from,
        h.to,
        "Blame for the offence: describe the impact on how the case was managed instead.",
      ),
    );
  },
};
