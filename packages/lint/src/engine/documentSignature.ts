import type { GlossaryTerm } from "../LintContext.js";
import type { BlockResult } from "./lintBlock.js";

const base = new WeakMap<BlockResult, string>();
const lower = new WeakMap<BlockResult, string>();

/**
 * What document-level rules can see of a block, without positions: acronyms and how they are
 * written, failings, organisation forms, terms, organisational causes, knowledge gaps, RoSH groups,
 * response counts, judgements above the individual and balance (JUDG-006, JUDG-008), mentions of
 * local guidance (GLOSS-002), and which glossary phrases it contains (ACR-003). When an edit leaves this
 * unchanged, the document rules' findings in the block only move with the text.
 */
export function documentSignature(
  result: BlockResult,
  glossary: readonly GlossaryTerm[] | undefined,
  extra: readonly GlossaryTerm[] | undefined,
): string {
  let sig = base.get(result);
  if (sig === undefined) {
    const { facts, text, scope } = result;
    sig = JSON.stringify([
      scope,
      facts.acronyms.map((a) => `${a.key} ${a.form} ${a.expanded} ${a.known}`),
      facts.failings.map((h) => `${h.phrase} ${text.slice(h.to, h.to + 4)}`),
      facts.organisationForms.map((o) => o.form),
      facts.terms.map((t) => `${t.key} ${t.phrase} ${t.explained}`),
      facts.organisation,
      facts.orgCauses.map((h) => h.phrase),
      facts.knowledgeGaps.map((h) => h.phrase),
      facts.roshGroups,
      facts.responseCounts.map((c) => `${c.category} ${c.count}`),
      facts.beyondIndividual,
      facts.balance,
      // JUDG-006 and JUDG-008 wait for the first judgement to be written.
      text.trim() === "",
      facts.localGuidance.map((h) => h.phrase),
    ]);
    base.set(result, sig);
  }
  if (!glossary && !extra) return sig;
  let text = lower.get(result);
  if (text === undefined) {
    text = result.text.toLowerCase();
    lower.set(result, text);
  }
  let hits = "";
  for (const list of [glossary, extra]) {
    for (const entry of list ?? []) {
      const term = entry.term
        .replace(/\s*\([^)]*\)\s*/g, " ")
        .trim()
        .toLowerCase();
      hits += term && text.includes(term) ? "1" : "0";
      const expansion = (entry.expansion ?? "").toLowerCase();
      hits += expansion && text.includes(expansion) ? "1" : "0";
    }
  }
  return `${sig}${hits}`;
}
