import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

/** JUDG-001: hedged judgements in the judgement column, judgements section or summary (003 §3.4.2). */
export const judg001HedgedJudgement: BlockRule = {
  ids: ["JUDG-001"],
  run(block, ctx) {
    if (!ctx.traits.judgementColumn && !ctx.traits.summary) return [];
    return findPhrases(block.text, lexicon.hedges).map((h) =>
      createFinding(
        "JUDG-001",
        "info",
        block.text,
        h.from,
        h.to,
        "Hedged judgement: give a definitive judgement and its evidence.",
      ),
    );
  },
};
