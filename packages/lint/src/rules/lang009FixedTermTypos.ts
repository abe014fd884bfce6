import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { allMatches } from "../engine/allMatches.js";

const typos = lexicon.fixedTermTypos as Record<string, string>;
const PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(typos)
    .map((t) => t.replace(/ /g, "\\s"))
    .join("|")})(?![\\p{L}])`,
  "gu",
);

/** LANG-009: known misspellings of fixed terms ("Public Probation Director", "mus t"). */
export const lang009FixedTermTypos: BlockRule = {
  ids: ["LANG-009"],
  run(block) {
    const out = [];
    for (const m of allMatches(PATTERN, block.text)) {
      const from = m.index ?? 0;
      const correct = typos[m[0].replace(/\s/g, " ")];
      if (!correct || m[0] === "HMMPS") continue;
      out.push(
        createFinding("LANG-009", "info", block.text, from, from + m[0].length, `Probably a typo for "${correct}".`, [
          { label: `Replace with "${correct}"`, kind: "replace", from, to: from + m[0].length, text: correct },
        ]),
      );
    }
    return out;
  },
};
