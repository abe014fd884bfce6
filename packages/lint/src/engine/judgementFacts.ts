import lexicon from "../data/judgementLexicon.json" with { type: "json" };
import type { TextBlock } from "../text/TextBlock.js";
import { allMatches } from "./allMatches.js";
import { findPhrases, type PhraseHit } from "./findPhrases.js";

// Manager and PDU identifiers (SPO2, PDU1) and the bare acronyms (the SPOs, the PDU's arrangements).
const LEVEL_ID = /(?<![\p{L}\p{N}])(?:SPOs?|PDUs?|HoS|ACO)\d*(?:['’]s)?(?![\p{L}\p{N}])/gu;
// A judgement on the policy, process or system itself, not on whether someone followed it.
const POLICY_JUDGED =
  /\b(?:polic(?:y|ies)|guidance|procedures?|process(?:es)?|protocols?|systems?)\s+(?:itself\s+|themselves\s+)?(?:was|were|is|are)\s+(?:not\s+)?(?:clear|unclear|silent|ambiguous|out\s+of\s+date|outdated|sufficient|insufficient|adequate|inadequate|effective|ineffective|robust|confusing|contradictory|in\s+place|fit\s+for\s+purpose)\b|\b(?:no\s+|lack\s+of\s+(?:an?\s+)?|absence\s+of\s+(?:an?\s+)?|gaps?\s+in\s+(?:the\s+)?)(?:clear\s+|formal\s+|local\s+|agreed\s+)?(?:polic(?:y|ies)|process(?:es)?|procedures?|systems?|protocols?|guidance)\b|\bpolicy\s+gaps?\b/i;
// Every judgement of a policy names one of these (found in the block's phrase walk first: most blocks name none).
const POLICY_NOUNS =
  "policy policies guidance procedure procedures process processes protocol protocols system systems".split(" ");
const MANAGER = /^manager/i;
const managerNotAfter = new RegExp(`\\b(?:${lexicon.managerNotAfter.join("|")})\\s+$`, "i");

// Words before a positive phrase, in the same clause, that deny or hypothesise it.
const NOT_ASSERTED =
  /(?:\b(?:not|no|never|neither|nor|without|lack(?:ed|ing)?|less|rather\s+than|whether|if|would|should|could|might|must|need(?:ed|s)?)\b|n['’]t\b)/i;
// "an effective plan would have …": the adjective describes what should have happened.
const HYPOTHETICAL_AFTER =
  /^\s+(?!(?:that|which|who)\b)[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:would|should|could|might|must)\b/iu;
const CLAUSE_BREAK = /[,;:()]/g;

function subjectHits(text: string): PhraseHit[] {
  const hits = findPhrases(text, lexicon.levelSubjects).filter(
    (h) => !MANAGER.test(h.phrase) || !managerNotAfter.test(text.slice(Math.max(0, h.from - 20), h.from)),
  );
  for (const m of allMatches(LEVEL_ID, text)) hits.push({ from: m.index, to: m.index + m[0].length, phrase: m[0] });
  return hits;
}

/**
 * The block judges practice above the individual practitioner (JUDG-006): one sentence names a
 * manager, oversight, workload, systems or the organisation together with evaluative words, or
 * the block judges a policy, process or system itself (003 §3.4.2, "practice of staff at all
 * levels", "systemic or procedural factors"; 001 "Sufficient judgements").
 */
export function judgesBeyondIndividual(block: TextBlock): boolean {
  const text = block.text;
  if (findPhrases(text, POLICY_NOUNS).length > 0 && POLICY_JUDGED.test(text)) return true;
  const subjects = subjectHits(text);
  if (subjects.length === 0) return false;
  const evaluative = findPhrases(text, lexicon.judgementWords);
  if (evaluative.length === 0) return false;
  return block.sentences.some(
    (s) =>
      subjects.some((h) => h.from >= s.from && h.from < s.to) &&
      evaluative.some((h) => h.from >= s.from && h.from < s.to),
  );
}

/** A positive phrase that the clause before it does not deny or put in the conditional. */
function asserted(text: string, hit: PhraseHit, sentenceFrom: number): boolean {
  const start = Math.max(sentenceFrom, hit.from - 40);
  const before = text.slice(start, hit.from);
  let clause = 0;
  for (const m of allMatches(CLAUSE_BREAK, before)) clause = m.index + 1;
  if (NOT_ASSERTED.test(before.slice(clause))) return false;
  return !HYPOTHETICAL_AFTER.test(text.slice(hit.to, hit.to + 40));
}

/**
 * The block records practice that met expectations or was good (JUDG-008): a positive phrase
 * ("good practice", "in line with policy", "timely", "thorough" …) that is not negated or
 * hypothetical in its clause (003 §3.4.2: "Good practice, expected practice and any deficits
 * should be commented on to achieve balance").
 */
export function recordsBalance(block: TextBlock): boolean {
  const text = block.text;
  const hits = findPhrases(text, lexicon.balance);
  if (hits.length === 0) return false;
  return hits.some((h) => asserted(text, h, block.sentenceAt(h.from)?.from ?? 0));
}
