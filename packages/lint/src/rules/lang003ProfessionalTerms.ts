import type { DocumentFinding, DocumentRule } from "../engine/DocumentRule.js";
import { glossaryIndex } from "../engine/glossaryIndex.js";

/**
 * LANG-003: a professional term whose first use is neither explained inline nor in the case
 * glossary (003 §3.4.4, §4). Runs only when a glossary is known.
 */
export const lang003ProfessionalTerms: DocumentRule = {
  ids: ["LANG-003"],
  run(doc) {
    if (!doc.glossary) return [];
    const index = glossaryIndex(doc.glossary);
    const seen = new Set<string>();
    const out: DocumentFinding[] = [];
    doc.blocks.forEach((block, blockIndex) => {
      if (!block.scope.startsWith("review.") || block.scope === "review.analysis.nfd") return;
      for (const term of block.facts.terms) {
        if (seen.has(term.key)) continue;
        seen.add(term.key);
        if (
          term.explained ||
          index.phrases.some((p) => p === term.key || p.startsWith(`${term.key} `) || p.includes(term.key))
        )
          continue;
        out.push({
          rule: "LANG-003",
          severity: "warning",
          block: blockIndex,
          from: term.from,
          to: term.to,
          matchedText: term.phrase,
          message: `"${term.phrase}" is a professional term: explain it at first use or add it to the glossary.`,
          fixes: [{ label: "Add to glossary", kind: "addGlossaryEntry", term: term.key, expansion: "" }],
        });
      }
    });
    return out;
  },
};
