import { acronymUses } from "../engine/acronymUses.js";
import { glossaryPhrases } from "../engine/glossaryIndex.js";
import type { DocumentFinding, DocumentRule, FactBlock } from "../engine/DocumentRule.js";
import { acronymKey, isAcronymShaped } from "../text/acronymDictionary.js";

const phraseHits = new WeakMap<FactBlock["facts"], Map<string, boolean>>();

// Memoised per block facts, which the incremental linter keeps across edits: only changed blocks are searched again.
function blockHas(block: FactBlock, phrase: string): boolean {
  let hits = phraseHits.get(block.facts);
  if (!hits) {
    hits = new Map();
    phraseHits.set(block.facts, hits);
  }
  let hit = hits.get(phrase);
  if (hit === undefined) {
    hit = block.text.toLowerCase().includes(phrase);
    hits.set(phrase, hit);
  }
  return hit;
}

/** ACR-003: a glossary entry whose term is not used anywhere in the review or plan (003 §4). */
export const acr003UnusedGlossaryEntry: DocumentRule = {
  ids: ["ACR-003"],
  run(doc) {
    if (!doc.glossary) return [];
    const uses = acronymUses(doc);
    const body = doc.blocks.filter((b) => b.scope !== "glossary" && b.scope !== "register");
    const out: DocumentFinding[] = [];
    doc.glossary.forEach((entry, index) => {
      const term = entry.term.trim();
      if (!term) return;
      const tokens = `${term} ${entry.expansion ?? ""}`
        .split(/[^\p{L}\p{N}.-]+/u)
        .filter((t) => t && isAcronymShaped(t));
      if (tokens.some((t) => uses.has(acronymKey(t)))) return;
      const phrases = glossaryPhrases(entry).filter(Boolean);
      if (body.some((b) => phrases.some((p) => blockHas(b, p)))) return;
      out.push({
        rule: "ACR-003",
        severity: "info",
        glossaryEntry: index,
        from: 0,
        to: 0,
        matchedText: term,
        message: `Glossary entry "${term}" is not used in the review or action plan: remove it.`,
      });
    });
    return out;
  },
};
