import lexicon from "../data/passiveLexicon.json" with { type: "json" };
import { isSpace } from "./charClasses.js";
import type { TextBlock, Word } from "./TextBlock.js";
import { baseForm, lowerIrregularForms, pastTense } from "./verbForms.js";

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
const NOT_PARTICIPLE = set(lexicon.notParticiples);
const ADJECTIVAL = set(lexicon.adjectivalParticiples);
const STATE_BEFORE_THAT = set(lexicon.stateBeforeThat);
const PLACED_IDIOM = set(lexicon.placedIdiomParticiples);
const PLACED_ADVERBS = set(lexicon.placedIdiomAdverbs);
const QUALITY_ADVERBS = set(lexicon.qualityStateAdverbs);
const QUALITY_STATES = set(lexicon.qualityStateParticiples);
const DEONTIC = set(lexicon.deonticBeforeTo);
const COMMITTAL = set(lexicon.committalParticiples);
const DESTINATIONS = set(lexicon.destinationsAfterTo);
const DESTINATION_ENDS = set(lexicon.destinationEnds);
const PURPOSE_BEFORE_TO = set(lexicon.purposeBeforeTo);
const PURPOSE_VERBS = set(lexicon.purposeVerbs);
const STATE_BEFORE_BETWEEN = set(lexicon.stateBeforeBetween);
/** Participles with the phrases after them that change their reading, each phrase as its words. */
const phrasesAfter = (entries: Record<string, string[]>) =>
  new Map(Object.entries(entries).map(([participle, phrases]) => [participle, phrases.map((p) => p.split(" "))]));
// "by the council" names who did it; "by then", "by the time he left" say when.
const NOT_AGENT_AFTER_BY = new Set([
  "then",
  "now",
  "that",
  "which",
  "midday",
  "noon",
  "lunchtime",
  "tomorrow",
  "tonight",
]);
const TIME_AFTER_BY_THE = new Set(["time", "end", "weekend", "evening", "morning", "afternoon", "afternoons"]);
/** Whether `words[k]` opens an agent: "by" and who, not when. */
const agentAt = (words: readonly Word[], k: number, end: number) =>
  k + 1 < end &&
  words[k]!.lower === "by" &&
  !NOT_AGENT_AFTER_BY.has(words[k + 1]!.lower) &&
  !(words[k + 1]!.lower === "the" && TIME_AFTER_BY_THE.has(words[k + 2]?.lower ?? ""));
/** Whether one of `phrases` starts at `words[k]` and ends before `end`. */
const phraseAt = (words: readonly Word[], k: number, end: number, phrases: readonly string[][]) =>
  phrases.some((phrase) => phrase.every((w, n) => k + n < end && words[k + n]!.lower === w));
// "Released from prison" is the sentence's process (DOMAIN §8 F-01); "released from hospital" or "on police bail" is not a court's.
const STATE_BEFORE_AS = set(lexicon.stateBeforeAs);
// "was fed up", "she was done with him": a participle and the words after it make an adjective.
const IDIOM_AFTER = phrasesAfter(lexicon.idiomAfter);
// "The stand is named after a former player" says what it is called; "the ward was named after him in 1990" is an act.
const PRESENT_STATE_AFTER = phrasesAfter(lexicon.presentStateAfter);
const PRESENT_BE = set(["is", "are"]);
// "The curfew hours were varied so that he could work": an adjectival participle made a verb by what follows it.
const VERBAL_BEFORE = phrasesAfter(lexicon.verbalBefore);
const PERSON_PRONOUNS = set(["he", "she", "they", "i", "we", "you"]);
const CLAUSE_PRONOUN = /^(?:he|she|they|we|i|you|it)(?:['’](?:d|s|ll|re|ve|m))?$/;
const ELIDED_AFTER_COURT = set(lexicon.elidedAfterCourt);
const ELIDED_BEFORE_TO = set(lexicon.elidedBeforeTo);
const COMPLEMENT = set(lexicon.complementTakers);
const COURT = set(lexicon.courtProcess);
const COURT_NOT_BEFORE = phrasesAfter(lexicon.courtProcessNotBefore);
// "was medically discharged": an adverb before the participle that makes it another body's act.
const COURT_NOT_AFTER = new Map(Object.entries(lexicon.courtProcessNotAfter).map(([p, words]) => [p, set(words)]));
// "He got lost on the way": a person getting lost is a state; "the referral got lost" is someone's doing.
const GET_PERSON_STATES = set(lexicon.getStatesOfPerson);
// "was charged £95 a week", "was charged a £50 fee": money, not a court's charge.
const MONEY_AFTER = /^\s+(?:an?\s+)?£/;
// "was quality assured", "were dip sampled": a noun that makes a compound verb with the participle after it.
const COMPOUND_FIRSTS = set(lexicon.compoundVerbFirsts);
const BETWEEN = set(lexicon.betweenAdverbs);
const NOT_ADVERB = set(lexicon.notAdverbs);
const AGENTLESS_BY = set(lexicon.agentlessBy);
const FOLLOW = set(lexicon.followAllowed);
const CLAUSE_START = set(lexicon.clauseStarts);
const MODALS = set(lexicon.modals);
const MODAL_PASSIVE = set(lexicon.passiveAfterModal);
// Ability denied: "could not be located" (found); "could be located in the town centre", "would be located near
// the station" (placed).
const ABILITY_MODAL = /^(?:can|could)$/;
const NEGATED_ABILITY = /^(?:cannot|can['’]t|couldn['’]t)$/;
const CONTRACTED_SUBJECTS = set(["it", "he", "she", "that", "there", "what", "who", "this"]);
// "re-referred", "hand-delivered": a prefix that keeps the participle a verb.
const HYPHEN_PREFIXES = set(lexicon.hyphenPrefixes);
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
const OBJECT_WORDS = set(["it", "him", "them", "me", "us", "you", "being", "having", "such"]);
const PREPOSITION_WORDS = [
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
];
const PREPOSITIONS = set(PREPOSITION_WORDS);
const FINITE_BE = set(
  ["am", "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't"].flatMap((w) => [w, w.replace("'", "’")]),
);
const NEGATIVE_OPENERS = set(lexicon.negativeOpeners);
const NEGATIVE_WORDS = set(["no", "not", ...lexicon.negativeOpeners]);
const NO_PHRASE_PREPOSITIONS = set(["at", "on", "in", "under", "by"]);
// "Not once …", "Not until …", "Not only …": the second word completes the opener.
const AFTER_NOT = set(["once", "until", "only"]);
// "nor"/"neither" open a coordinate ("Neither PP2 nor SPO1 was …"), so they only invert when next to the verb.
const COORDINATING_NEGATIVES = set(["nor", "neither"]);
const DO_FORMS = set(["do", "does", "did", "don't", "doesn't", "didn't"].flatMap((w) => [w, w.replace("'", "’")]));
const SUBJECT_PRONOUNS = set(["he", "she", "it", "they", "we", "i", "you"]);
const SUBJECT_LINKS = set([...PREPOSITION_WORDS, "of", "for", "with", "about", "to", "into", "and", "or"]);
const PARTICLES = set(["out", "up", "down", "off", "together", "back"]);
const COORDINATORS = set(["and", "but", "or", "yet"]);
const DEGREE = set(["very", "fairly", "quite", "reasonably", "rather", "so", "too", "generally", "mostly", "largely"]);
const PLAIN_ADJECTIVES = set(lexicon.plainAdjectives);
const ADJECTIVE_SUFFIX = /(?:ous|ful|ible|able)$/;
const SKIP_SUBJECTS = set(["it", "there", "which", "who", "that", "this", "what"]);
// Regexes used inside functions live here: a literal there is a new object on every call, and these run per word.
const CONTRACTED_BE = /^(\w+)'(s|re|m)$/;
const LOWER_LETTERS = /^[a-z]+$/;
const NEGATED = /n['’]t$/;
const EXISTENTIAL_CONTRACTION = /^there['’](?:s|re)$/;
const LOWER_WORD = /^[a-z][a-z-]*$/;
const ENDS_AGENT = /^(?:in|on|at|during|after|before|until|for|to|with|about|because|following)$/;
// An aside between *be* and its participle ("was, despite two reminders, never updated") is rarely longer.
const MAX_ASIDE_WORDS = 30;
// How far after a court passive an elided one may follow ("was convicted at the magistrates' court and banned").
const MAX_ELISION_WORDS = 12;

const apos = (w: string) => (w.includes("’") ? w.replace(/’/g, "'") : w);

function isBe(word: Word): boolean {
  const lower = apos(word.lower);
  // "AM noted that …": capitals are someone's initials (or the morning), not "am".
  if (word.text === "AM") return false;
  if (BE.has(lower)) return true;
  if (!lower.includes("'")) return false;
  const m = CONTRACTED_BE.exec(lower);
  return !!m && (m[2] !== "s" || CONTRACTED_SUBJECTS.has(m[1]!));
}

/** Whether `lower` looks like a past participle; `null` when it is an adjectival or hyphenated form. */
export function participleKind(lower: string): "participle" | "adjectival" | null {
  if (ADJECTIVAL.has(lower)) return "adjectival";
  if (NOT_PARTICIPLE.has(lower)) return null;
  if (lowerIrregularForms(lower)) return "participle";
  const hyphen = lower.lastIndexOf("-");
  if (hyphen > 0) {
    const prefix = lower.slice(0, hyphen);
    const head = lower.slice(hyphen + 1);
    if (!participleKind(head)) return null;
    return HYPHEN_PREFIXES.has(prefix) ? "participle" : "adjectival";
  }
  if (lower.length >= 4 && lower.endsWith("ed") && LOWER_LETTERS.test(lower)) {
    // "unemployed", "unsupervised": un- with a participle or adjectival participle is an adjective; "under-" is not un-.
    if (lower.startsWith("un") && !lower.startsWith("under") && lower.length > 6 && participleKind(lower.slice(2)))
      return "adjectival";
    return "participle";
  }
  return null;
}

function isAdverb(lower: string): boolean {
  return BETWEEN.has(lower) || (lower.endsWith("ly") && lower.length > 4 && !NOT_ADVERB.has(lower));
}

// The gaps between words are scanned in place: a slice and a regex per gap were garbage of every keystroke.

/** Whether `text.slice(from, to)` has `;`, `:`, a bracket, a dash, a double quote, or a hyphen between spaces. */
const SCARE_QUOTED = /^[a-z]+\s+(?:to|about|with|up|out|off|down|in|on|for)["”]/;
function gapHasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014) return true;
    // An opening quote straight before a quoted phrasal verb is a scare quote ('was "spoken to"'), not a break.
    if (c === 34 || c === 0x201c || c === 0x201d) {
      if (
        i === to - 1 &&
        c !== 0x201d &&
        i > from &&
        isSpace(text.charCodeAt(i - 1)) &&
        SCARE_QUOTED.test(text.slice(to, to + 30))
      )
        continue;
      return true;
    }
    if (i + 2 < to && isSpace(c) && text.charCodeAt(i + 1) === 45 && isSpace(text.charCodeAt(i + 2))) return true;
  }
  return false;
}

/** Whether `text.slice(from, to)` has `,`, `;`, `:` or a bracket. */
function gapHasComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) return true;
  }
  return false;
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
      let negated = NEGATED.test(aux.lower);
      let j = i + 1;
      let progressive = false;
      while (j < end && j - i <= 4) {
        const w = words[j]!;
        if (gapHasBreak(text, words[j - 1]!.to, w.from)) break;
        if (!isAdverb(w.lower) && !(COMPOUND_FIRSTS.has(w.lower) && j + 1 < end && participleKind(words[j + 1]!.lower)))
          break;
        if (w.lower === "not" || w.lower === "never") negated = true;
        if (w.lower === "being") progressive = true;
        j++;
      }
      let inverted = false;
      let aside = false;
      if (j >= end || !verbalParticipleAt(block, j, end, words[j - 1]!.to)) {
        const resumed = kind === "be" ? participleAfterAside(block, i, end) : null;
        if (resumed) {
          j = resumed.j;
          negated ||= resumed.negated;
          aside = true;
        } else {
          // "At no point was the plan updated", "Nor were the checks chased", "Was the referral sent?"
          if (kind !== "be" || !invertedAt(block, i)) continue;
          const found = participleAfterSubject(block, i + 1, end);
          if (found < 0) continue;
          j = found;
          inverted = true;
          for (let m = sentence.firstWord; m < i && !negated; m++) negated = NEGATIVE_WORDS.has(words[m]!.lower);
        }
      }
      if (!inverted && existentialThere(block, i) && modifiesNounAfterThere(block, j, end)) continue;
      const part = words[j]!;
      if (kind === "get" && GET_PERSON_STATES.has(part.lower) && personBefore(words, i, sentence.firstWord)) continue;
      const agent = findAgent(block, j + 1, end);
      const match: PassiveMatch = {
        from: aux.from,
        to: part.to,
        participle: part.text,
        kind,
        negated,
        courtProcess: courtProcessAt(block, j, end),
        ...(agent ? { agent } : {}),
      };
      const rewrite = progressive || inverted || aside || kind === "get" ? undefined : buildRewrite(block, i, j, match);
      if (rewrite) match.rewrite = rewrite;
      out.push(match);
      i = j;
      const elided = match.courtProcess ? elidedParticipleAt(block, j, end) : -1;
      if (elided >= 0) {
        const w = words[elided]!;
        out.push({ from: w.from, to: w.to, participle: w.text, kind, negated: false, courtProcess: false });
      }
    }
  }
  return out;
}

/**
 * The participle after an aside set off by commas straight after *be* ("was, despite two reminders from
 * SPO2, never updated"; "was, according to the police log, charged"), and whether a "not" or "never"
 * after the aside negates it; null when the words after the aside are not a verbal participle.
 */
function participleAfterAside(block: TextBlock, i: number, end: number): { j: number; negated: boolean } | null {
  const { text, words } = block;
  if (i + 2 >= end || text.charCodeAt(words[i]!.to) !== 44) return null;
  for (let k = i + 2; k < end && k - i <= MAX_ASIDE_WORDS; k++) {
    const gapFrom = words[k - 1]!.to;
    if (gapHasBreak(text, gapFrom, words[k]!.from)) return null;
    if (!gapHasComma(text, gapFrom, words[k]!.from)) continue;
    let j = k;
    let negated = false;
    while (j < end && j - k < 3 && isAdverb(words[j]!.lower)) {
      if (words[j]!.lower === "not" || words[j]!.lower === "never") negated = true;
      j++;
    }
    return j < end && verbalParticipleAt(block, j, end, words[j - 1]!.to) ? { j, negated } : null;
  }
  return null;
}

/**
 * A participle off the court-process list coordinated, with its *be* elided, after a court passive that
 * ends at `words[j]` ("was convicted at the magistrates' court and banned from driving"), or -1. Only
 * participles that cannot be the subject's own next act count: "was released on licence and reoffended" is not one.
 */
function elidedParticipleAt(block: TextBlock, j: number, end: number): number {
  const { text, words } = block;
  for (let k = j + 1; k < end - 1 && k - j <= MAX_ELISION_WORDS; k++) {
    if (gapHasBreak(text, words[k - 1]!.to, words[k]!.from)) return -1;
    // Another verb group starts a clause of its own ("… after the CCTV was reviewed by police and fined").
    const w = words[k]!;
    if (isBe(w) || GET.has(w.lower) || (MODALS.has(w.lower) && w.lower !== "to")) return -1;
    if (w.lower !== "and") continue;
    const next = words[k + 1]!;
    // "… and told to report the next morning": these need an object before "to" in the active ("told him to"),
    // so here they are passive; "and refused to engage" is the subject's own act.
    const infinitive = ELIDED_BEFORE_TO.has(next.lower) && words[k + 2]?.lower === "to";
    return ELIDED_AFTER_COURT.has(next.lower) || infinitive ? k + 1 : -1;
  }
  return -1;
}

/**
 * Whether the *be* at `words[i]` follows an existential "there" that opens its clause ("There were
 * missed home visits", "and there's limited contact"), not a locative one ("the concerns recorded
 * there were shared").
 */
function existentialThere(block: TextBlock, i: number): boolean {
  const { words, text } = block;
  const aux = words[i]!;
  const there = EXISTENTIAL_CONTRACTION.test(aux.lower) ? i : i - 1;
  const word = words[there];
  if (!word || word.sentence !== aux.sentence) return false;
  if (there !== i && (word.lower !== "there" || gapHasComma(text, word.to, aux.from))) return false;
  const before = there > 0 ? words[there - 1] : undefined;
  return (
    !before ||
    before.sentence !== word.sentence ||
    COORDINATORS.has(before.lower) ||
    gapHasComma(text, before.to, word.from)
  );
}

/** Whether a personal pronoun is the subject of the *be* before the participle at `words[j]` ("she was done with him"). */
function personSubjectAt(words: readonly Word[], j: number): boolean {
  const subject = words[j - 2];
  return isBe(words[j - 1]!) && subject !== undefined && PERSON_PRONOUNS.has(subject.lower);
}

const CLAUSE_JOINS = set(["and", "but", "or", "so", "then", "before", "after", "because"]);
// Words between a subject and "got": "had got lost", "then got lost", "kept getting lost".
const BEFORE_GET = set([
  "had",
  "has",
  "have",
  "then",
  "kept",
  "keeps",
  "keep",
  "would",
  "could",
  "might",
  "also",
  "just",
]);
const PERSON_NOUNS = set(lexicon.personNouns);
// "was caught using his phone", "was seen leaving": verbs that open a participle clause, not -ing nouns ("was
// supported housing", "was disqualified driving").
const ING_CLAUSE = set(lexicon.clauseAfterParticiple);
const NOT_PERSON_OPENERS = set([
  "it",
  "this",
  "that",
  "which",
  "what",
  "everything",
  "something",
  "nothing",
  "one",
  "the",
  "a",
  "an",
]);

/** Whether the subject before `words[i]` is a person: a pronoun, a name or a word for a person ("the victim"). */
function personBefore(words: readonly Word[], i: number, first: number): boolean {
  let k = i - 1;
  while (k >= first && i - k <= 3 && (BEFORE_GET.has(words[k]!.lower) || isAdverb(words[k]!.lower))) k--;
  if (k < first) return false;
  const subject = words[k]!;
  if (PERSON_PRONOUNS.has(subject.lower) || PERSON_NOUNS.has(subject.lower)) return true;
  // A person's identifier in the review: "The SI got lost", "PP1 got lost".
  if (/^(?:SI|[A-Z]{1,3}\d{1,2})$/.test(subject.text)) return true;
  // A name ("Mr Okafor got lost", "Kofi got lost"), not the object of a preposition ("the referral to Camhs").
  if (!/^\p{Lu}\p{Ll}/u.test(subject.text)) return false;
  if (k === first) return !NOT_PERSON_OPENERS.has(subject.lower);
  const before = words[k - 1]!.lower;
  return !PREPOSITIONS.has(before) && before !== "to" && before !== "the";
}

/** Whether the participle at `words[j]` is a court process here: not "released from hospital" or "released on bail". */
function courtProcessAt(block: TextBlock, j: number, end: number): boolean {
  const { words, text } = block;
  if (!COURT.has(words[j]!.lower)) return false;
  if (j > 0 && COURT_NOT_AFTER.get(words[j]!.lower)?.has(words[j - 1]!.lower)) return false;
  if (words[j]!.lower === "charged" && MONEY_AFTER.test(text.slice(words[j]!.to, words[j]!.to + 6))) return false;
  const phrases = COURT_NOT_BEFORE.get(words[j]!.lower);
  if (!phrases) return true;
  // Within the participle's own clause: "conditionally discharged and went home" is still the court's.
  for (let k = j + 1; k < Math.min(end, j + 4); k++) {
    if (CLAUSE_JOINS.has(words[k]!.lower) || gapHasComma(text, words[k - 1]!.to, words[k]!.from)) break;
    if (phraseAt(words, k, end, phrases)) return false;
  }
  return true;
}

/**
 * Whether the participle at `words[j]`, after an existential "there", describes the noun that follows
 * it ("missed home visits", "unanswered calls") rather than being a passive with a postponed subject
 * ("There was identified a risk") or a complement ("There was thought to be a risk").
 */
function modifiesNounAfterThere(block: TextBlock, j: number, end: number): boolean {
  const next = j + 1 < end ? block.words[j + 1] : undefined;
  if (!next || gapHasComma(block.text, block.words[j]!.to, next.from)) return false;
  if (next.lower === "home") return true;
  return looksLikeNoun(next) && !LOWER_FIRST.has(next.lower) && !SUBJECT_LINKS.has(next.lower);
}

/** Whether the adjectival participle `words[j]` is a verb here: after a denied ability ("could not be located"), or before a purpose or agent ("were varied so that"). */
function verbalAdjectivalAt(words: readonly Word[], j: number, end: number): boolean {
  const lower = words[j]!.lower;
  if (MODAL_PASSIVE.has(lower) && afterModalBe(words, j)) return true;
  const phrases = VERBAL_BEFORE.get(lower);
  if (phrases === undefined || !phraseAt(words, j + 1, end, phrases)) return false;
  // "employed by the family firm" has an agent; "employed by then", "by the time of his release" a time.
  return words[j + 1]?.lower !== "by" || !agentlessByAt(words, j + 2, end);
}

/** Whether the words from `k` are a time or a means after "by" ("then", "the time", "day"), not an agent. */
function agentlessByAt(words: readonly Word[], k: number, end: number): boolean {
  const first = words[k]?.lower ?? "";
  const two = k + 1 < end ? `${first} ${words[k + 1]!.lower}` : first;
  return AGENTLESS_BY.has(first) || AGENTLESS_BY.has(two);
}

/** Whether `words[j]` follows a denied modal of ability and "be" ("could not be", "cannot be", "can never be"). */
function afterModalBe(words: readonly Word[], j: number): boolean {
  if (words[j - 1]?.lower !== "be") return false;
  const before = words[j - 2]?.lower ?? "";
  if (NEGATED_ABILITY.test(before)) return true;
  return (before === "not" || before === "never") && ABILITY_MODAL.test(words[j - 3]?.lower ?? "");
}

/**
 * Whether `words[j]` is a verbal past participle here: not adjectival, not deontic ("is required to"),
 * not before a noun ("were missed appointments") and not coordinated with a plain adjective
 * ("were well organised and easy to follow"). `gapFrom` is where the text before it ends.
 */
function verbalParticipleAt(block: TextBlock, j: number, end: number, gapFrom: number): boolean {
  const { text, words } = block;
  const part = words[j]!;
  if (gapHasBreak(text, gapFrom, part.from)) return false;
  const kind = participleKind(part.lower);
  // "could not be located" is "could not be found"; "is located in the town centre" says where something is.
  // "was being heated on the bank": no state is in progress, so after "being" it is done to the subject.
  if (
    kind !== "participle" &&
    !(kind === "adjectival" && (words[j - 1]?.lower === "being" || verbalAdjectivalAt(words, j, end)))
  )
    return false;
  const next = j + 1 < end ? words[j + 1] : undefined;
  const nextAdjacent = next && !gapHasComma(text, part.to, next.from) ? next : undefined;
  // "The yard was poorly lit", "badly ventilated": how well a place is lit or kept is its state; "was lit by a
  // floodlight" is done by someone.
  if (QUALITY_STATES.has(part.lower) && QUALITY_ADVERBS.has(words[j - 1]?.lower ?? "") && next?.lower !== "by")
    return false;
  if (!nextAdjacent) return true;
  // "(further details are listed below)", "as set out above": a cross-reference to the document, not a deed.
  if ((nextAdjacent.lower === "below" || nextAdjacent.lower === "above") && j + 2 >= end) return false;
  // "was used to threaten the neighbour" is a passive with a purpose; "was used to living alone" is a state; after a
  // modal perfect it is a verb again ("should have been linked to the earlier conviction").
  if (
    nextAdjacent.lower === "to" &&
    DEONTIC.has(part.lower) &&
    !(LINKING.test(part.lower) && modalPerfectBefore(words, j))
  )
    return (
      (COMMITTAL.has(part.lower) && destinationAt(text, words, j + 2, end)) ||
      (PURPOSE_BEFORE_TO.has(part.lower) && purposeVerbAt(block, j + 2, end)) ||
      // "was linked to his phone by the counter-terrorism unit": someone made the link.
      (LINKING.test(part.lower) && linkMadeBy(block, j + 2, end))
    );
  if (nextAdjacent.lower === "between" && STATE_BEFORE_BETWEEN.has(part.lower)) return false;
  // "is known as the WMT" names it; "was known to the police" is handled above.
  if (nextAdjacent.lower === "as" && STATE_BEFORE_AS.has(part.lower)) return false;
  // "was known by a nickname" names him too; "was known by the police" is handled above.
  if (nextAdjacent.lower === "by" && STATE_BEFORE_AS.has(part.lower) && nameNounAt(words, j + 2, end)) return false;
  // "was convinced that …" is a state; "was convinced by his partner" stays passive.
  if (STATE_BEFORE_THAT.has(part.lower) && (nextAdjacent.lower === "that" || CLAUSE_PRONOUN.test(nextAdjacent.lower)))
    return false;
  // Only a person is "done with him": "the visit was done with him present" stays a passive.
  // "The depot was closed to the public" is its state; "closed to the public by the council" someone did.
  const idioms = IDIOM_AFTER.get(part.lower);
  // "The kitchen was closed by nine o'clock": a time after "by", where it is a state.
  if (idioms && nextAdjacent.lower === "by" && agentlessByAt(words, j + 2, end)) return false;
  const idiom = idioms?.find((phrase) => phraseAt(words, j + 1, end, [phrase]));
  if (idiom && (part.lower !== "done" || personSubjectAt(words, j)) && !agentAt(words, j + 1 + idiom.length, end))
    return false;
  const presentStates = PRESENT_STATE_AFTER.get(part.lower);
  if (presentStates && PRESENT_BE.has(words[j - 1]?.lower ?? "") && phraseAt(words, j + 1, end, presentStates))
    return false;
  // "was well placed to notice" is an idiom; "was placed on the system" stays passive.
  if (nextAdjacent.lower === "to" && PLACED_IDIOM.has(part.lower) && PLACED_ADVERBS.has(words[j - 1]!.lower))
    return false;
  // "was caught using his phone", "was seen leaving": a participle clause after it, not a noun.
  if (!COMPLEMENT.has(part.lower) && looksLikeNoun(nextAdjacent) && !ING_CLAUSE.has(nextAdjacent.lower)) return false;
  // "and easy to follow", or after a particle: "laid out and easy to follow"
  const coordinator = PARTICLES.has(nextAdjacent.lower) ? j + 2 : j + 1;
  if (
    coordinator < end &&
    COORDINATORS.has(words[coordinator]!.lower) &&
    coordinatedAdjectiveAt(block, coordinator + 1, end)
  )
    return false;
  return true;
}

const MODAL_PERFECT = /^(?:should|must|could|would|might|may|ought)$/;
// Participles of linking that are verbs after a modal perfect ("should have been linked to"); "should have been used
// to the rules", "must have been known to police" stay states.
const LINKING = /^(?:linked|connected|related|attached|tied|matched)$/;
const NAME_NOUNS = /^(?:name|names|nickname|nicknames|alias|aliases|surname|forename)$/;
const NAME_DETERMINERS = /^(?:a|an|the|his|her|their|another|this|that|one)$/;

/** Whether "have been" and a modal stand before `words[j]` ("should have been linked"). */
function modalPerfectBefore(words: readonly Word[], j: number): boolean {
  return (
    words[j - 1]?.lower === "been" && words[j - 2]?.lower === "have" && MODAL_PERFECT.test(words[j - 3]?.lower ?? "")
  );
}

/** Whether `words[k]` is a name noun, after an optional determiner and one adjective ("a nickname", "his full name"). */
function nameNounAt(words: readonly Word[], k: number, end: number): boolean {
  if (k < end && NAME_DETERMINERS.test(words[k]!.lower)) k++;
  if (k < end && NAME_NOUNS.test(words[k]!.lower)) return true;
  return k + 1 < end && NAME_NOUNS.test(words[k + 1]!.lower);
}

/** Whether `words[k]` (after one optional degree word) is a plain adjective that ends its phrase ("and easy to read"). */
function coordinatedAdjectiveAt(block: TextBlock, k: number, end: number): boolean {
  const { words } = block;
  // "cramped and badly lit": how well a place is lit or kept is a state too.
  if (k + 1 < end && QUALITY_ADVERBS.has(words[k]!.lower) && QUALITY_STATES.has(words[k + 1]!.lower))
    return words[k + 2]?.lower !== "by";
  if (k < end && DEGREE.has(words[k]!.lower)) k++;
  if (k >= end) return false;
  const adjective = words[k]!.lower;
  if (!PLAIN_ADJECTIVES.has(adjective) && !(adjective.length >= 6 && ADJECTIVE_SUFFIX.test(adjective))) return false;
  const after = k + 1 < end ? words[k + 1] : undefined;
  return !after || !looksLikeNoun(after);
}

/**
 * Whether the finite *be* at `words[i]` comes before its subject: after a fronted negative ("Nor was",
 * "At no point was", "Never were"), after a negative or restrictive opener and a short fronted phrase
 * ("Nowhere in the file was", "Only after the breach was", "So rarely was"), or opening a question.
 */
function invertedAt(block: TextBlock, i: number): boolean {
  const { words, text } = block;
  const aux = words[i]!;
  if (!FINITE_BE.has(aux.lower)) return false;
  const sentence = block.sentences[aux.sentence]!;
  const next = words[i + 1];
  if (!next || next.sentence !== aux.sentence || gapHasComma(text, aux.to, next.from)) return false;
  const capitalised = next.text.charCodeAt(0) !== next.lower.charCodeAt(0);
  // The cheap test first: invertedAt runs for every finite "be" that no participle follows.
  const question = questionOpensAt(block, i) && QUESTION_END.test(sentence.text);
  // A question's subject may open with an adjective or a noun ("Were domestic abuse checks requested?").
  if (question && participleKind(next.lower) === null) return true;
  if (!(capitalised || LOWER_FIRST.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower))) return false;
  const k = i - sentence.firstWord;
  if (k === 0 || question) return question;
  const prev = words[i - 1]!;
  if (gapHasComma(text, prev.to, aux.from)) return false;
  // "Nor was …", "…, and never were …"
  if (NEGATIVE_OPENERS.has(prev.lower)) {
    if (k === 1) return true;
    const before = words[i - 2]!;
    if (before.lower === "and" || before.lower === "but" || gapHasComma(text, before.to, prev.from)) return true;
  }
  // "Nowhere in the chronology was …", "Not once during the licence was …", "At no point after release were …",
  // "Only after the second breach was …": the first finite be after a negative or restrictive opener and a short
  // fronted phrase.
  const phrase = frontedPhraseStart(words, sentence.firstWord);
  if (phrase < 0 || i - phrase > 8) return false;
  for (let m = phrase; m < i; m++) {
    const w = words[m]!;
    if (isBe(w) || MODALS.has(w.lower) || DO_FORMS.has(w.lower) || gapHasComma(text, words[m - 1]!.to, w.from))
      return false;
  }
  return true;
}

const QUESTION_WORDS = set(["why", "when", "where", "how"]);
const QUESTION_END = /\?["'’”)\s]*$/;

/**
 * Whether a question opens with the *be* at `words[i]`, or with a question word just before it, after a label
 * and a colon: "Q: Were the checks requested?", "Comment [CM1]: was he charged …?", "Q: Why was the SI not recalled?".
 */
function questionOpensAt(block: TextBlock, i: number): boolean {
  const { words, text } = block;
  const first = block.sentences[words[i]!.sentence]!.firstWord;
  const start = i > first && QUESTION_WORDS.has(words[i - 1]!.lower) ? i - 1 : i;
  if (start === first) return true;
  return start > first && text.slice(words[start - 1]!.to, words[start]!.from).includes(":");
}

/**
 * Where the fronted phrase after a sentence-opening negative or restrictive word starts ("Never", "So rarely",
 * "Not once", "Only", "At no point", "Under no circumstances"), or -1 when the sentence has no such opener.
 */
function frontedPhraseStart(words: readonly Word[], first: number): number {
  const opener = words[first]!.lower;
  const second = words[first + 1]?.lower ?? "";
  if (opener === "only") return first + 1;
  if (opener === "not") return AFTER_NOT.has(second) ? first + 2 : -1;
  if (opener === "so") return NEGATIVE_OPENERS.has(second) && !COORDINATING_NEGATIVES.has(second) ? first + 2 : -1;
  if (NO_PHRASE_PREPOSITIONS.has(opener)) return second === "no" ? first + 2 : -1;
  return NEGATIVE_OPENERS.has(opener) && !COORDINATING_NEGATIVES.has(opener) ? first + 1 : -1;
}

/** The participle that follows an inverted subject ("was [the risk management plan] updated"), or -1. */
function participleAfterSubject(block: TextBlock, start: number, end: number): number {
  const { words, text } = block;
  // A pronoun is the whole subject ("Nor was he told"); after a noun, a new determiner starts a predicate ("Was he the person named").
  const pronoun = SUBJECT_PRONOUNS.has(words[start]!.lower);
  // A lower-case subject with no determiner ("Were domestic abuse checks requested?") is a short noun phrase: after
  // a preposition the words are a predicate ("Are additional conditions proportionate to the risk posed?"). A name
  // or an identifier may carry one ("Was PP1's visit to the flat recorded?").
  const first = words[start]!;
  const bare = !pronoun && !LOWER_FIRST.has(first.lower) && first.text.charCodeAt(0) === first.lower.charCodeAt(0);
  for (let k = start + 1; k < end && k <= start + 8; k++) {
    const w = words[k]!;
    const prev = words[k - 1]!.lower;
    if (gapHasComma(text, words[k - 1]!.to, w.from)) return -1;
    if (bare && (PREPOSITIONS.has(w.lower) || w.lower === "to")) return -1;
    // A noun subject may carry an infinitive ("is the decision to reduce reporting explained"); "Was he to …" may not.
    const infinitive = w.lower === "to" && !pronoun;
    if (isBe(w) || (MODALS.has(w.lower) && !infinitive) || (CLAUSE_START.has(w.lower) && !COORDINATORS.has(w.lower)))
      return -1;
    if (LOWER_FIRST.has(w.lower) && !LOWER_FIRST.has(prev) && !SUBJECT_LINKS.has(prev)) return -1;
    if (pronoun && !isAdverb(w.lower) && participleKind(w.lower) !== "participle") return -1;
    const pk = participleKind(w.lower);
    if (pk === "adjectival") return -1;
    if (pk === "participle" && verbalParticipleAt(block, k, end, words[k - 1]!.to) && endsPredicate(block, k + 1, end))
      return k;
  }
  return -1;
}

/** Whether the participle before `words[k]` ends its predicate, so it is not a reduced relative ("Was the contact offered sufficient?"). */
function endsPredicate(block: TextBlock, k: number, end: number): boolean {
  const { words, text } = block;
  if (k >= end || gapHasComma(text, words[k - 1]!.to, words[k]!.from)) return true;
  const lower = words[k]!.lower;
  return FOLLOW.has(lower) || isAdverb(lower);
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether the words from `k` name where someone was sent ("committed to Ravensholt Crown Court for
 * sentence", "committed to prison"): a passive, where "committed to staying away" and "committed to
 * the Prison Fellowship course" are states. Only "the" and capitalised words may come before the
 * place, and the place ends the phrase.
 */
function destinationAt(text: string, words: readonly Word[], k: number, end: number): boolean {
  for (let i = k; i < end && i <= k + 4; i++) {
    const word = words[i]!;
    if (DESTINATIONS.has(word.lower)) {
      const next = words[i + 1];
      return i + 1 >= end || !next || gapHasComma(text, word.to, next.from) || DESTINATION_ENDS.has(next.lower);
    }
    if (word.lower !== "the" && !CAPITALISED.test(word.text)) return false;
  }
  return false;
}

/**
 * Whether `words[k]`, after "to", is a verb of purpose ("was used to threaten the neighbour", "to gain entry"):
 * a listed verb, or a word followed straight away by an object. "Was used to prison life", "to hostels" and
 * "to such treatment" are states.
 */
function purposeVerbAt(block: TextBlock, k: number, end: number): boolean {
  const { words, text } = block;
  const w = k < end ? words[k] : undefined;
  if (!w || gapHasComma(text, words[k - 1]!.to, w.from) || !LOWER_WORD.test(w.text)) return false;
  if (w.lower.endsWith("ing") || LOWER_FIRST.has(w.lower) || OBJECT_WORDS.has(w.lower)) return false;
  if (PURPOSE_VERBS.has(w.lower)) return true;
  const next = k + 1 < end ? words[k + 1] : undefined;
  return !!next && !gapHasComma(text, w.to, next.from) && (LOWER_FIRST.has(next.lower) || OBJECT_WORDS.has(next.lower));
}

function looksLikeNoun(word: Word): boolean {
  const lower = word.lower;
  if (FOLLOW.has(lower) || BETWEEN.has(lower) || NUMBER_WORDS.has(lower)) return false;
  if (!LOWER_WORD.test(word.text)) return false;
  if (lower.endsWith("ly") || lower === "home") return false;
  if (participleKind(lower)) return false;
  return true;
}

/** Whether an agent follows a link's object before any other participle: not "linked to debts owed by the SI". */
function linkMadeBy(block: TextBlock, start: number, end: number): boolean {
  const { words } = block;
  for (let k = start; k < end && k < start + 6; k++) {
    const lower = words[k]!.lower;
    if (lower === "by") return findAgent(block, k, end) !== undefined;
    if (participleKind(lower) !== null) return false;
  }
  return false;
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
      if (ENDS_AGENT.test(wm.lower)) break;
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
