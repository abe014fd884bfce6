import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";

/** JUDG-005: workload given as the explanation with no figures or named source (003 §3.4.1). */
export const judg005WorkloadWithoutEvidence: BlockRule = {
  ids: ["JUDG-005"],
  run(block, ctx) {
    if (ctx.traits.nfd || !ctx.traits.review) return [];
    const hits = findPhrases(block.text, lexicon.workloadWords);
    if (hits.length === 0) return [];
    if (
      /\d/.test(block.text.replace(/\b[A-Z]+\d+\b/g, "")) ||
      findPhrases(block.text, lexicon.workloadEvidence).some((h) => !/^cases$/i.test(h.phrase))
    )
      return [];
    const h = hits[0]!;
    return [
      createFinding(
        "JUDG-005",
        "info",
        block.text,
        h.from,
        h.to,
        "Workload given as the reason without evidence: check it against WMT figures and name the source.",
      ),
    ];
  },
};
