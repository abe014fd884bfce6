import lexicon from "../data/structureLexicon.json" with { type: "json" };
import type { Scope } from "../LintContext.js";
import { findPhrases } from "./findPhrases.js";

/** What structural rules (STR-004, STR-007, STR-010) read of one block, besides the outline. */
export interface StructureFacts {
  /** Only whitespace: a section or analysis entry that has not been written yet. */
  empty: boolean;
  /** The review text identifies good practice (STR-010). */
  goodPractice: boolean;
  /** Analysis text that examines countersigning (STR-004). */
  countersigning: boolean;
  /** Analysis text that examines management oversight (STR-004). */
  oversight: boolean;
}

/** A block as the structure rules see it: a `BlockResult` or a `FactBlock`. */
interface ScopedText {
  scope: Scope;
  text: string;
}

const ANALYSIS = new Set(["review.analysis.events", "review.analysis.judgement", "review.analysis.learning"]);
// Where the review itself judges practice; the plan, the NFD column and the glossary do not identify good practice.
const JUDGING = new Set([...ANALYSIS, "review.summary", "review.judgements", "review.learning"]);
const CLAUSE_START = /[.,;:!?()]\s*(?=[^.,;:!?()]*$)/;
const CONTRACTED_NOT = /n['’]t(?![\p{L}\p{N}])/iu;
const NOT_BEFORE = new RegExp(`^\\s+(?:${lexicon.goodPracticeNotBefore.join("|")})\\b`, "i");

const cache = new WeakMap<ScopedText, StructureFacts>();

/**
 * "Good practice" that is not negated in its clause ("no good practice", "expected practice
 * rather than good practice") and is not the name of guidance ("good practice guide").
 */
function identifiesGoodPractice(text: string): boolean {
  for (const hit of findPhrases(text, lexicon.goodPractice)) {
    if (NOT_BEFORE.test(text.slice(hit.to, hit.to + 20))) continue;
    const before = text.slice(Math.max(0, hit.from - 80), hit.from);
    const clause = before.slice((before.match(CLAUSE_START)?.index ?? -1) + 1);
    const window = clause.trim().split(/\s+/).slice(-4).join(" ");
    if (CONTRACTED_NOT.test(window) || findPhrases(window, lexicon.goodPracticeNegations).length > 0) continue;
    return true;
  }
  return false;
}

/** Structure facts of a block, computed once per cached block result (results are shared by text and scope). */
export function structureFacts(block: ScopedText): StructureFacts {
  let facts = cache.get(block);
  if (!facts) {
    const { text, scope } = block;
    const empty = text.trim() === "";
    const analysis = !empty && ANALYSIS.has(scope);
    facts = {
      empty,
      goodPractice: !empty && JUDGING.has(scope) && identifiesGoodPractice(text),
      countersigning: analysis && findPhrases(text, lexicon.countersigning).length > 0,
      oversight: analysis && findPhrases(text, lexicon.oversight).length > 0,
    };
    cache.set(block, facts);
  }
  return facts;
}

/** Changes when an edit changes what structure rules see of the block, so the document pass must run again. */
export function structureSignature(block: ScopedText): string {
  const f = structureFacts(block);
  return `${+f.empty}${+f.goodPractice}${+f.countersigning}${+f.oversight}`;
}
