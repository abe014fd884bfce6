import type { GlossaryTerm } from "../LintContext.js";
import { isAscii } from "../text/charClasses.js";
import type { BlockFacts } from "./collectBlockFacts.js";
import { glossaryPhrases } from "./glossaryIndex.js";
import type { BlockResult } from "./lintBlock.js";

/**
 * Whether document-level rules see the same of blocks `a` and `b`, positions aside: acronyms and
 * how they are written, failings, organisation forms, terms, organisational causes, knowledge
 * gaps, RoSH groups, response counts, judgements above the individual and balance (JUDG-006,
 * JUDG-008), mentions of local guidance (GLOSS-002), nicknames given (PII-016), and which glossary phrases they contain
 * (ACR-003). Whether a block is blank (JUDG-006 and JUDG-008 wait for the first judgement) is
 * in the structure signature, compared first. When an edit leaves this unchanged, the document rules' findings in the block only
 * move with the text. Compared field by field rather than as signature strings, which were young
 * garbage on every keystroke.
 */
export function sameDocumentFacts(
  a: BlockResult,
  b: BlockResult,
  glossary: readonly GlossaryTerm[] | undefined,
  extra: readonly GlossaryTerm[] | undefined,
): boolean {
  const x = a.facts;
  const y = b.facts;
  return (
    a.scope === b.scope &&
    sameList(x.acronyms, y.acronyms, sameAcronym) &&
    sameFailings(a, b) &&
    sameList(x.organisationForms, y.organisationForms, sameForm) &&
    sameList(x.terms, y.terms, sameTerm) &&
    x.organisation === y.organisation &&
    sameList(x.orgCauses, y.orgCauses, samePhrase) &&
    sameList(x.knowledgeGaps, y.knowledgeGaps, samePhrase) &&
    sameList(x.roshGroups, y.roshGroups, same) &&
    sameList(x.responseCounts, y.responseCounts, sameCount) &&
    x.beyondIndividual === y.beyondIndividual &&
    x.balance === y.balance &&
    sameList(x.localGuidance, y.localGuidance, samePhrase) &&
    sameList(x.nicknames, y.nicknames, same) &&
    sameGlossaryHits(a.text, b.text, glossary) &&
    sameGlossaryHits(a.text, b.text, extra)
  );
}

type Item<K extends keyof BlockFacts> = BlockFacts[K] extends readonly (infer T)[] ? T : never;

function sameList<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!equal(a[i]!, b[i]!)) return false;
  return true;
}

const same = <T>(x: T, y: T) => x === y;
const samePhrase = (x: { phrase: string }, y: { phrase: string }) => x.phrase === y.phrase;
const sameForm = (x: Item<"organisationForms">, y: Item<"organisationForms">) => x.form === y.form;
const sameCount = (x: Item<"responseCounts">, y: Item<"responseCounts">) =>
  x.category === y.category && x.count === y.count;
const sameAcronym = (x: Item<"acronyms">, y: Item<"acronyms">) =>
  x.key === y.key && x.form === y.form && x.expanded === y.expanded && x.known === y.known;
const sameTerm = (x: Item<"terms">, y: Item<"terms">) =>
  x.key === y.key && x.phrase === y.phrase && x.explained === y.explained;

/** Failings, with the four characters after each ("failed to act" and "failed to." read differently). */
function sameFailings(a: BlockResult, b: BlockResult): boolean {
  const x = a.facts.failings;
  const y = b.facts.failings;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i]!.phrase !== y[i]!.phrase) return false;
    const from = x[i]!.to;
    const to = Math.min(from + 4, a.text.length);
    const other = y[i]!.to;
    if (Math.min(other + 4, b.text.length) - other !== to - from) return false;
    for (let k = 0; k < to - from; k++) if (a.text.charCodeAt(from + k) !== b.text.charCodeAt(other + k)) return false;
  }
  return true;
}

function sameGlossaryHits(a: string, b: string, glossary: readonly GlossaryTerm[] | undefined): boolean {
  if (!glossary) return true;
  for (const entry of glossary) {
    const [term, expansion] = glossaryPhrases(entry);
    if (term && includesLowerCased(a, term) !== includesLowerCased(b, term)) return false;
    if (expansion && includesLowerCased(a, expansion) !== includesLowerCased(b, expansion)) return false;
  }
  return true;
}

/** `text.toLowerCase().includes(phrase)`, without lower-casing ASCII text. */
function includesLowerCased(text: string, phrase: string): boolean {
  if (!isAscii(text)) return text.toLowerCase().includes(phrase);
  const last = text.length - phrase.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let k = 0; k < phrase.length; k++) {
      let c = text.charCodeAt(i + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== phrase.charCodeAt(k)) continue outer;
    }
    return true;
  }
  return false;
}
