import lexicon from "../data/passiveLexicon.json" with { type: "json" };
import type { TextBlock, Word } from "./TextBlock.js";
import { baseForm, pastTense } from "./verbForms.js";

/** A passive clause found in a block; offsets are into the block text. */
export interface PassiveMatch {
  /** From the first auxiliary to the end of the participle. */
  from: number;
  to: number;
  participle: string;
  kind: "be" | "get";
  negated: boolean;
  /** The court or legal-process passives that LANG-001 allows ("was sentenced"). */
  courtProcess: boolean;
  agent?: { from: number; to: number; text: string };
  /** An agent-first rewrite of the clause, replacing `from`..`to` of the clause. */
  rewrite?: { from: number; to: number; text: string };
}

const set = (words: readonly string[]) => new Set(words);
const BE = set(lexicon.beForms);
const GET = set(lexicon.getForms);
const IRREGULAR = lexicon.irregularParticiples as Record<string, string[]>;
const NOT_PARTICIPLE = set(lexicon.notParticiples);
const ADJECTIVAL = set(lexicon.adjectivalParticiples);
const DEONTIC = set(lexicon.deonticBeforeTo);
const COMPLEMENT = set(lexicon.complementTakers);
const COURT = set(lexicon.courtProcess);
const BETWEEN = set(lexicon.betweenAdverbs);
const NOT_ADVERB = set(lexicon.notAdverbs);
const AGENTLESS_BY = set(lexicon.agentlessBy);
const FOLLOW = set(lexicon.followAllowed);
const CLAUSE_START = set(lexicon.clauseStarts);
const MODALS = set(lexicon.modals);
const CONTRACTED_SUBJECTS = set(["it", "he", "she", "that", "there", "what", "who", "this"]);
const HYPHEN_PREFIXES = set(["re", "co", "pre", "counter", "over", "under", "mis", "cross", "double", "de", "un"]);
const NUMBER_WORDS = set([
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
]);
const LOWER_FIRST = set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "their",
  "its",
  "no",
  "some",
  "any",
  "all",
  "each",
  "every",
  "several",
  "both",
  "neither",
  "either",
  "our",
  "my",
  "your",
  "one",
  "many",
  "few",
  "most",
  "further",
]);
const OBJECT_PRONOUN: Record<string, string> = { he: "him", she: "her", they: "them", i: "me", we: "us" };
const PREPOSITIONS = set([
  "on",
  "in",
  "at",
  "after",
  "before",
  "during",
  "by",
  "following",
  "within",
  "from",
  "since",
  "until",
]);
const SKIP_SUBJECTS = set(["it", "there", "which", "who", "that", "this", "what"]);

const apos = (w: string) => w.replace(/’/g, "'");

function isBe(word: Word): boolean {
  const lower = apos(word.lower);
  if (BE.has(lower)) return true;
  const m = /^(\w+)'(s|re|m)$/.exec(lower);
  return !!m && (m[2] !== "s" || CONTRACTED_SUBJECTS.has(m[1]!));
}

/** Whether `lower` looks like a past participle; `null` when it is an adjectival or hyphenated form. */
export function participleKind(lower: string): "participle" | "adjectival" | null {
  if (ADJECTIVAL.has(lower)) return "adjectival";
  if (IRREGULAR[lower]) return "participle";
  if (NOT_PARTICIPLE.has(lower)) return null;
  const hyphen = lower.lastIndexOf("-");
  if (hyphen > 0) {
    const prefix = lower.slice(0, hyphen);
    const head = lower.slice(hyphen + 1);
    if (!participleKind(head)) return null;
    return HYPHEN_PREFIXES.has(prefix) ? "participle" : "adjectival";
  }
  if (lower.length >= 4 && lower.endsWith("ed") && /^[a-z]+$/.test(lower)) {
    if (lower.startsWith("un") && lower.length > 6 && participleKind(lower.slice(2)) === "participle")
      return "adjectival";
    return "participle";
  }
  return null;
}

function isAdverb(lower: string): boolean {
  return BETWEEN.has(lower) || (lower.endsWith("ly") && lower.length > 4 && !NOT_ADVERB.has(lower));
}

function gapHasBreak(text: string, from: number, to: number): boolean {
  return /[;:()\u2013\u2014"“”]|\s-\s/.test(text.slice(from, to));
}

function gapHasComma(text: string, from: number, to: number): boolean {
  return /[,;:()]/.test(text.slice(from, to));
}

/**
 * Finds passive clauses: a form of *be* (or *get*) followed, possibly after adverbs, by a past
 * participle. Adjectival participles ("was concerned"), deontic forms ("is required to"),
 * participles used before a noun ("were missed appointments") and reduced relatives are not passives.
 */
export function findPassives(block: TextBlock): PassiveMatch[] {
  const { text, words, sentences } = block;
  const out: PassiveMatch[] = [];
  for (const sentence of sentences) {
    const end = sentence.endWord;
    for (let i = sentence.firstWord; i < end; i++) {
      const aux = words[i]!;
      const kind = isBe(aux) ? "be" : GET.has(aux.lower) ? "get" : null;
      if (!kind) continue;
      let negated = /n['’]t$/.test(aux.lower);
      let j = i + 1;
      let progressive = false;
      while (j < end && j - i <= 4) {
        const w = words[j]!;
        if (gapHasBreak(text, words[j - 1]!.to, w.from)) break;
        if (!isAdverb(w.lower)) break;
        if (w.lower === "not" || w.lower === "never") negated = true;
        if (w.lower === "being") progressive = true;
        j++;
      }
      if (j >= end) continue;
      const part = words[j]!;
      if (gapHasBreak(text, words[j - 1]!.to, part.from)) continue;
      const pk = participleKind(part.lower);
      if (pk !== "participle") {
        if (pk === "adjectival" || !pk) continue;
      }
      const next = j + 1 < end ? words[j + 1] : undefined;
      const nextAdjacent = next && !gapHasComma(text, part.to, next.from) ? next : undefined;
      if (nextAdjacent?.lower === "to" && DEONTIC.has(part.lower)) continue;
      if (nextAdjacent && !COMPLEMENT.has(part.lower) && looksLikeNoun(nextAdjacent)) continue;
      if (kind === "get" && nextAdjacent?.lower === "to") continue;
      const agent = findAgent(block, j + 1, end);
      const match: PassiveMatch = {
        from: aux.from,
        to: part.to,
        participle: part.text,
        kind,
        negated,
        courtProcess: COURT.has(part.lower),
        ...(agent ? { agent } : {}),
      };
      const rewrite = progressive || kind === "get" ? undefined : buildRewrite(block, i, j, match);
      if (rewrite) match.rewrite = rewrite;
      out.push(match);
      i = j;
    }
  }
  return out;
}

function looksLikeNoun(word: Word): boolean {
  const lower = word.lower;
  if (FOLLOW.has(lower) || BETWEEN.has(lower) || NUMBER_WORDS.has(lower)) return false;
  if (!/^[a-z][a-z-]*$/.test(word.text)) return false;
  if (lower.endsWith("ly") || lower === "home") return false;
  if (participleKind(lower)) return false;
  return true;
}

function findAgent(block: TextBlock, start: number, end: number): PassiveMatch["agent"] {
  const { words, text } = block;
  for (let k = start; k < end && k < start + 10; k++) {
    const w = words[k]!;
    if (k > start && gapHasComma(text, words[k - 1]!.to, w.from)) return undefined;
    if (CLAUSE_START.has(w.lower) && w.lower !== "as") return undefined;
    if (w.lower !== "by") continue;
    const first = words[k + 1];
    if (!first || first.sentence !== w.sentence) return undefined;
    const two = words[k + 2] ? `${first.lower} ${words[k + 2]!.lower}` : "";
    if (AGENTLESS_BY.has(first.lower) || AGENTLESS_BY.has(two) || /^\d/.test(first.text)) return undefined;
    let last = k + 1;
    for (let m = k + 2; m < end && m <= k + 8; m++) {
      const wm = words[m]!;
      if (gapHasComma(text, words[m - 1]!.to, wm.from)) break;
      if (CLAUSE_START.has(wm.lower) && wm.lower !== "and") break;
      if (/^(?:in|on|at|during|after|before|until|for|to|with|about|because|following)$/.test(wm.lower)) break;
      last = m;
    }
    const lastWord = words[last]!;
    if (lastWord.lower === "and") last--;
    const agentEnd = words[last]!.to;
    return { from: first.from, to: agentEnd, text: text.slice(first.from, agentEnd) };
  }
  return undefined;
}

function buildRewrite(
  block: TextBlock,
  auxIndex: number,
  partIndex: number,
  match: PassiveMatch,
): PassiveMatch["rewrite"] {
  const { words, text } = block;
  const aux = words[auxIndex]!;
  const sentence = block.sentences[aux.sentence]!;
  let chainStart = auxIndex;
  while (chainStart - 1 >= sentence.firstWord && MODALS.has(words[chainStart - 1]!.lower)) chainStart--;
  const chain = words.slice(chainStart, partIndex).map((w) => w.lower);
  if (chain.includes("to") || chain.includes("being")) return undefined;
  let subjectStart = chainStart;
  while (subjectStart - 1 >= sentence.firstWord) {
    const prev = words[subjectStart - 1]!;
    if (gapHasComma(text, prev.to, words[subjectStart]!.from)) break;
    if (CLAUSE_START.has(prev.lower)) {
      const before = words[subjectStart - 2];
      const coordinated = prev.lower === "and" || prev.lower === "or";
      if (coordinated && before && before.sentence === prev.sentence && !gapHasComma(text, before.to, prev.from))
        return undefined;
      break;
    }
    subjectStart--;
  }
  let subjectWords = words.slice(subjectStart, chainStart);
  if (PREPOSITIONS.has(subjectWords[0]?.lower ?? "")) {
    const determiner = subjectWords.findIndex((w, k) => k > 0 && LOWER_FIRST.has(w.lower));
    if (determiner < 0) return undefined;
    subjectWords = subjectWords.slice(determiner);
  }
  if (subjectWords.length === 0 || subjectWords.length > 8) return undefined;
  const firstSubject = subjectWords[0]!;
  const fromSentenceStart = firstSubject.from === sentence.from;
  if (subjectWords.length === 1 && SKIP_SUBJECTS.has(firstSubject.lower)) return undefined;
  const modal = chain.find((w) => MODALS.has(w) && !["has", "have", "had"].includes(w));
  const perfect = chain.find((w) => w === "has" || w === "have" || w === "had");
  const neg = chain.filter((w) => w === "not" || w === "never" || /n't$/.test(w)).length > 0;
  const never = chain.includes("never");
  const participle = match.participle.toLowerCase();
  let verb: string;
  if (modal)
    verb = `${modal}${neg ? " not" : ""}${perfect ? " have" : ""} ${perfect ? participle : baseForm(participle)}`;
  else if (perfect)
    verb = `${perfect === "had" ? "had" : "has"}${neg ? (never ? " never" : " not") : ""} ${participle}`;
  else if (["was", "were", "wasn't", "weren't", "was not"].some((w) => chain.includes(w)))
    verb = never ? `never ${pastTense(participle)}` : neg ? `did not ${baseForm(participle)}` : pastTense(participle);
  else return undefined;
  const atSentenceStart = fromSentenceStart;
  let subject = text.slice(firstSubject.from, subjectWords.at(-1)!.to);
  const pronoun = OBJECT_PRONOUN[subject.toLowerCase()];
  if (pronoun) subject = pronoun;
  else if (atSentenceStart && (LOWER_FIRST.has(firstSubject.lower) || /^[a-z]/.test(subjectWords[1]?.text ?? "")))
    subject = subject[0]!.toLowerCase() + subject.slice(1);
  let agent = match.agent?.text ?? "[who]";
  if (atSentenceStart) agent = agent[0]!.toUpperCase() + agent.slice(1);
  const partEnd = words[partIndex]!.to;
  if (match.agent) {
    const byStart = text.lastIndexOf("by", match.agent.from);
    const middle = text.slice(partEnd, byStart).trimEnd();
    return { from: firstSubject.from, to: match.agent.to, text: `${agent} ${verb} ${subject}${middle}` };
  }
  return { from: firstSubject.from, to: partEnd, text: `${agent} ${verb} ${subject}` };
}
