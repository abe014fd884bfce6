import lexicon from "../data/languageLexicon.json" with { type: "json" };
import terms from "../data/professionalTerms.json" with { type: "json" };
import { type AcronymOccurrence, findAcronyms } from "../text/findAcronyms.js";
import type { TextBlock } from "../text/TextBlock.js";
import { findPhrases, type PhraseHit } from "./findPhrases.js";
import type { RuleContext } from "./RuleContext.js";

/** A professional term (LANG-003) at its place in a block, with whether it is explained there. */
export interface TermOccurrence extends PhraseHit {
  key: string;
  explained: boolean;
}

/** What document-level rules need to know about one block; cached with the block's findings. */
export interface BlockFacts {
  acronyms: AcronymOccurrence[];
  failings: PhraseHit[];
  organisationForms: { from: number; to: number; form: "Her" | "His" }[];
  terms: TermOccurrence[];
}

const ORG = /\b(Her|His) Majesty['’]s Prison and Probation Service\b/g;
const EXPLAINED_AFTER =
  /^\s*(?:\(|,\s*(?:which|that is|meaning)|(?:which|that)\s+(?:sets|is|are|means|explains|describes)|is\s+(?:a|an|the|where|when)\b|means\b|[-–—]\s)/i;

export function collectBlockFacts(block: TextBlock, ctx: RuleContext): BlockFacts {
  const text = block.text;
  return {
    acronyms: findAcronyms(block, ctx.register.identifiers),
    failings: findPhrases(text, lexicon.failings),
    organisationForms: [...text.matchAll(ORG)].map((m) => ({
      from: m.index ?? 0,
      to: (m.index ?? 0) + m[0].length,
      form: m[1] as "Her" | "His",
    })),
    terms: findPhrases(text, terms.terms).map((h) => ({
      ...h,
      key: h.phrase.toLowerCase().replace(/\s+/g, " "),
      explained:
        EXPLAINED_AFTER.test(text.slice(h.to, h.to + 40)) || /\(\s*$/.test(text.slice(Math.max(0, h.from - 2), h.from)),
    })),
  };
}
