import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";
import { allMatches } from "../engine/allMatches.js";

/** TONE-005: impersonal or blaming references to victims ("the deceased", "she chose to stay"). */
const IP = /\b(?:the\s+)?IP\b/g;

export const tone005VictimSensitivity: BlockRule = {
  ids: ["TONE-005"],
  run(block, ctx) {
    if (ctx.traits.nfd) return [];
    const out = findPhrases(block.text, lexicon.victimInsensitive).map((h) =>
      createFinding(
        "TONE-005",
        "info",
        block.text,
        h.from,
        h.to,
        "Refer to the victim by identifier and describe the supervised individual's behaviour, not the victim's choices.",
      ),
    );
    for (const m of allMatches(IP, block.text)) {
      out.push(
        createFinding(
          "TONE-005",
          "info",
          block.text,
          m.index ?? 0,
          (m.index ?? 0) + m[0].length,
          '"IP" (injured party) is impersonal: use the victim\'s identifier.',
        ),
      );
    }
    return out;
  },
};
