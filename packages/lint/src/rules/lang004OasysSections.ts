import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { allMatches } from "../engine/allMatches.js";

const PATTERN =
  /\b(?:(?:OASys\s+)?(?:section|layer|question|q)\s*\d+(?:\.\d+)*(?:\s+(?:of|in)\s+(?:the\s+)?OASys)?|OASys\s+R\d+(?:\.\d+)*|\bR\d+\.\d+\b|layer\s+\d+\s+section\s+\d+(?:\.\d+)*)/gi;

/** LANG-004: references to numbered parts of OASys ("section 10.6", "R6.2"). */
export const lang004OasysSections: BlockRule = {
  ids: ["LANG-004"],
  run(block, ctx) {
    if (ctx.traits.nfd || !ctx.traits.review) return [];
    const out = [];
    for (const m of allMatches(PATTERN, block.text)) {
      const from = m.index ?? 0;
      const value = m[0];
      const nearOasys = /oasys/i.test(block.text.slice(Math.max(0, from - 60), from + value.length + 60));
      if (!/oasys|R\d/i.test(value) && !nearOasys) continue;
      if (/^(?:section|q)/i.test(value) && !/\d+\.\d+|oasys/i.test(value) && !nearOasys) continue;
      out.push(
        createFinding(
          "LANG-004",
          "warning",
          block.text,
          from,
          from + value.length,
          "Numbered OASys section: describe the substance in plain words instead.",
        ),
      );
    }
    return out;
  },
};
