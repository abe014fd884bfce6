import lexicon from "../data/judgementLexicon.json" with { type: "json" };
import { findPhrases, type PhraseHit } from "../engine/findPhrases.js";
import type { EntryFields } from "../plan/EntryFields.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import { memoByText } from "../plan/memoByText.js";
import { textFinding } from "../plan/textFinding.js";
import { sentenceBounds } from "../text/TextBlock.js";

// What checks would have shown or told the practitioner: "checks would have revealed", "PP1 would have known".
const REVEALED =
  /\b(?:(?:would|could|might|may)\s+(?:(?:probably|likely|almost\s+certainly|certainly|also|then|well|not)\s+)?have|(?:is|are|was|were)\s+likely\s+to\s+have)\s+(?:shown|revealed|uncovered|identified|disclosed|highlighted|confirmed|established|known|learn(?:ed|t)|found|alerted|been\s+(?:made\s+)?aware|been\s+(?:told|alerted|informed))\b|\bwould\s+(?:show|reveal|uncover|disclose)\b/i;

type Field = "judgement" | "events" | "learning";
// The judgement column first: that is where the RM draws conclusions from what they found.
const FIELDS: readonly Field[] = ["judgement", "events", "learning"];

const within = (hits: readonly PhraseHit[], from: number, to: number) =>
  hits.some((h) => h.from >= from && h.from < to);

interface Claim {
  from: number;
  to: number;
  kind: "checks" | "partnership";
}

/** The first sentence of a field that says what checks would have shown, or judges partnership working. */
const claimIn = memoByText((text: string): Claim | undefined => {
  if (!text.trim()) return undefined;
  const checks = findPhrases(text, lexicon.checkNouns);
  const topics = findPhrases(text, lexicon.partnershipTopics);
  if (checks.length === 0 && topics.length === 0) return undefined;
  const partners = [
    ...findPhrases(text, lexicon.partnerAgencies),
    ...findPhrases(text, lexicon.partnershipSelfEvident),
  ];
  const judged = findPhrases(text, lexicon.partnershipJudgementWords);
  const bounds = sentenceBounds(text);
  for (let b = 0; b < bounds.length; b += 2) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    if (within(checks, from, to) && REVEALED.test(text.slice(from, to))) return { from, to, kind: "checks" };
    if (within(topics, from, to) && within(partners, from, to) && within(judged, from, to))
      return { from, to, kind: "partnership" };
  }
  return undefined;
});

const statesSource = memoByText((text: string) => findPhrases(text, lexicon.sourceStatements).length > 0);

/** The first claim of an entry, by field in `FIELDS` order. */
function firstClaim(entry: EntryFields): (Claim & { field: Field }) | undefined {
  for (const field of FIELDS) {
    const claim = claimIn(entry[field]);
    if (claim) return { ...claim, field };
  }
  return undefined;
}

/**
 * JUDG-009: an analysis entry says what checks would have shown, or judges partnership working,
 * and nowhere in its columns (NFD aside) says where the information came from: no "I obtained",
 * "police records show", "told me", "for this review" … (003 §3.4.2: "The RM must clearly identify
 * the information they have independently sought"). For precision a partnership judgement needs a
 * partnership topic, a partner agency and an evaluative word in one sentence, and any source
 * statement in the entry passes it. Limits: the records examined list and the rest of the review
 * are not read, so a source named only there does not count.
 */
export const judg009SourceNotStated: FieldsRule<EntryFields> = {
  ids: ["JUDG-009"],
  run(entry) {
    const claim = firstClaim(entry);
    if (!claim) return [];
    if (FIELDS.some((field) => statesSource(entry[field]))) return [];
    return [
      textFinding(
        "JUDG-009",
        "info",
        claim.field,
        entry[claim.field],
        claim.kind === "checks"
          ? 'This says what checks would have shown but not where that information came from: identify the checks or records you obtained (e.g. "Police records I obtained for this review show …").'
          : "This judgement on partnership working does not say where the information came from: name the records you examined or the agencies you contacted.",
        { from: claim.from, to: claim.to },
      ),
    ];
  },
};
