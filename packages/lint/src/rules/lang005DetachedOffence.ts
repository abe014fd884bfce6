import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

/** LANG-005: detached descriptions of the offence ("the commission of the offence"). */
export const lang005DetachedOffence: BlockRule = {
  ids: ["LANG-005"],
  run(block, ctx) {
    if (ctx.traits.nfd || ctx.traits.plan || ctx.traits.response) return [];
    const severity = ctx.scope === "review.summary" || ctx.scope === "review.background" ? "warning" : "info";
    return findPhrases(block.text, lexicon.detachedOffence).map((h) =>
      createFinding(
        "LANG-005",
        h.phrase.toLowerCase().includes("commission") ? "warning" : severity,
        block.text,
        h.from,
        h.to,
        "Detached description of the offence: describe what the person did, factually and briefly.",
      ),
    );
  },
};
