import type { AcronymOccurrence } from "../text/findAcronyms.js";
import type { DocumentFacts } from "./DocumentRule.js";

/** One use of an acronym: the block index and the occurrence in it. */
export interface AcronymUse {
  block: number;
  occurrence: AcronymOccurrence;
}

const EXCLUDED_SCOPES = new Set(["review.analysis.nfd", "glossary", "register"]);
const cache = new WeakMap<DocumentFacts, Map<string, AcronymUse[]>>();

/** Uses of each acronym key in reading order, leaving out the NFD column and the glossary itself. */
export function acronymUses(doc: DocumentFacts): Map<string, AcronymUse[]> {
  let uses = cache.get(doc);
  if (uses) return uses;
  uses = new Map();
  doc.blocks.forEach((block, index) => {
    if (EXCLUDED_SCOPES.has(block.scope)) return;
    for (const occurrence of block.facts.acronyms) {
      const list = uses!.get(occurrence.key);
      if (list) list.push({ block: index, occurrence });
      else uses!.set(occurrence.key, [{ block: index, occurrence }]);
    }
  });
  cache.set(doc, uses);
  return uses;
}
