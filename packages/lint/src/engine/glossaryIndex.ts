import type { GlossaryTerm } from "../LintContext.js";
import { acronymKey, isAcronymShaped } from "../text/acronymDictionary.js";

/** Glossary terms indexed by acronym key and by lower-case term and expansion. */
export interface GlossaryIndex {
  acronyms: Map<string, GlossaryTerm>;
  phrases: string[];
}

const cache = new WeakMap<readonly GlossaryTerm[], GlossaryIndex>();
const phraseCache = new WeakMap<GlossaryTerm, readonly [term: string, expansion: string]>();

/** A glossary entry's term without its bracketed part, and its expansion, lower-cased ("" when missing). */
export function glossaryPhrases(entry: GlossaryTerm): readonly [term: string, expansion: string] {
  let phrases = phraseCache.get(entry);
  if (!phrases) {
    const term = entry.term
      .replace(/\s*\([^)]*\)\s*/g, " ")
      .trim()
      .toLowerCase();
    phrases = [term, (entry.expansion ?? "").toLowerCase()];
    phraseCache.set(entry, phrases);
  }
  return phrases;
}

export function glossaryIndex(glossary: readonly GlossaryTerm[]): GlossaryIndex {
  let index = cache.get(glossary);
  if (index) return index;
  index = { acronyms: new Map(), phrases: [] };
  for (const entry of glossary) {
    for (const token of `${entry.term} ${entry.expansion ?? ""}`.split(/[^\p{L}\p{N}.-]+/u)) {
      if (token && isAcronymShaped(token)) index.acronyms.set(acronymKey(token), entry);
    }
    const [term, expansion] = glossaryPhrases(entry);
    if (term) index.phrases.push(term);
    if (expansion) index.phrases.push(expansion);
    const inner = /\(([^)]+)\)/.exec(entry.term)?.[1];
    if (inner) index.phrases.push(inner.toLowerCase());
  }
  cache.set(glossary, index);
  return index;
}
