import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

/** LANG-006: graphic or sensational words about the offence. */
export const lang006GraphicDetail: BlockRule = {
  ids: ["LANG-006"],
  run(block, ctx) {
    if (ctx.traits.nfd) return [];
    return findPhrases(block.text, lexicon.graphicWords).map((h) =>
      createFinding(
        "LANG-006",
        "info",
        block.text,
        h.from,
        h.to,
        "Graphic wording: keep the description factual and brief.",
      ),
    );
  },
};
