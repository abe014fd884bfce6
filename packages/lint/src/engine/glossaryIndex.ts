import type { GlossaryTerm } from "../LintContext.js";
import { acronymKey, isAcronymShaped } from "../text/acronymDictionary.js";

/** Glossary terms indexed by acronym key and by lower-case term and expansion. */
export interface GlossaryIndex {
  acronyms: Map<string, GlossaryTerm>;
  phrases: string[];
}

const cache = new WeakMap<readonly GlossaryTerm[], GlossaryIndex>();

export function glossaryIndex(glossary: readonly GlossaryTerm[]): GlossaryIndex {
  let index = cache.get(glossary);
  if (index) return index;
  index = { acronyms: new Map(), phrases: [] };
  for (const entry of glossary) {
    for (const token of `${entry.term} ${entry.expansion ?? ""}`.split(/[^\p{L}\p{N}.-]+/u)) {
      if (token && isAcronymShaped(token)) index.acronyms.set(acronymKey(token), entry);
    }
    const term = entry.term
      .replace(/\s*\([^)]*\)\s*/g, " ")
      .trim()
      .toLowerCase();
    if (term) index.phrases.push(term);
    if (entry.expansion) index.phrases.push(entry.expansion.toLowerCase());
    const inner = /\(([^)]+)\)/.exec(entry.term)?.[1];
    if (inner) index.phrases.push(inner.toLowerCase());
  }
  cache.set(glossary, index);
  return index;
}
