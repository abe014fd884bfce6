import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { allMatches } from "../engine/allMatches.js";

const PATTERN = new RegExp(`\\b(?:${lexicon.roshNonStandard.join("|")})\\s+risk\\s+of\\s+serious\\s+harm\\b`, "gi");

/** RISK-002: non-standard RoSH level words ("moderate risk of serious harm"). */
export const risk002RoshLevelWords: BlockRule = {
  ids: ["RISK-002"],
  run(block, ctx) {
    if (ctx.traits.nfd) return [];
    return allMatches(PATTERN, block.text).map((m) =>
      createFinding(
        "RISK-002",
        "info",
        block.text,
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
        "RoSH levels are low, medium, high or very high.",
      ),
    );
  },
};
