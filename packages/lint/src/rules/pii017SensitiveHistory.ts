import pii from "../data/piiLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";
import { phrasesBySentence } from "../engine/phrasesBySentence.js";
import { phraseAlternation as alt } from "../engine/phraseAlternation.js";
import type { Finding } from "../Finding.js";
import { inCaseNarrative } from "./inCaseNarrative.js";
import { piiSeverity } from "./piiSeverity.js";

type Kind = "sexual" | "specific" | "generic";

const h = pii.sensitiveHistory;
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const KINDS: readonly [Kind, string][] = [
  ["sexual", alt(h.sexualVictimisation)],
  ["specific", alt(h.specificVictimisation)],
  ["generic", alt(h.genericVictimisation)],
];
const ADVERBS = `(?:(?:${alt(h.passiveAdverbs)})\\s+)*`;
const PERP = `(?:his|her|their|the)\\s+(?:own\\s+)?(?:(?:older|younger|birth|biological|late|former)\\s+)?(?:${alt(h.perpetrators)})`;
const CHILDHOOD = alt(h.childhoodMarkers);
const NUMBER =
  "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)";
const AGE = `(?:(?:at|from|by|since|until|before)\\s+the\\s+age\\s+of\\s+${NUMBER}|between\\s+the\\s+ages\\s+of|aged\\s+${NUMBER}|when\\s+(?:he|she|they)\\s+(?:was|were)\\s+${NUMBER})`;

const re = (source: string) => new RegExp(`${B}(?:${source})${E}`, "giu");

// A victimisation told about its victim: passive ("was beaten"), experienced ("suffered sexual abuse"),
// or a perpetrator as subject ("his stepfather abused him"). "He assaulted his mother" is none of these.
const EVENTS = KINDS.map(([kind, v]) => ({
  kind,
  passive: re(`(?:was|were|been|being|got)\\s+${ADVERBS}(?:${v})`),
  experienced: re(`(?:${alt(h.experienceVerbs)})\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${v})`),
  bare: re(`(?:${v})(?=\\s+(?:${CHILDHOOD}|${AGE})${E})`),
  active: re(
    `(?:his|her|their)\\s+(?:own\\s+)?(?:${alt(h.perpetrators)})\\s+(?:(?:had|would|used\\s+to)\\s+)?${ADVERBS}(?:${v})\\s+(?:him|her|them)`,
  ),
}));
// Every event contains one of these words: blocks and sentences without any skip the event and marker patterns.
const VICTIMISATION_WORDS = [...h.sexualVictimisation, ...h.specificVictimisation, ...h.genericVictimisation];
const PERPETRATOR_WORD = new RegExp(`${B}(?:${alt(h.perpetrators)})${E}`, "iu");
const PERPETRATOR = re(`(?:by|from|at\\s+the\\s+hands\\s+of|between)\\s+${PERP}`);
const CHILDHOOD_MARKER = re(CHILDHOOD);
const AGE_MARKER = re(AGE);

interface Span {
  from: number;
  to: number;
}

function spans(pattern: RegExp, text: string): Span[] {
  const out: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ from: m.index, to: m.index + m[0].length });
  return out;
}

/**
 * Victimisation detail in one sentence: sexual or specific abuse with a perpetrator, an age or a
 * childhood marker; generic abuse ("was abused") only with a perpetrator or an age, since "abused
 * as a child" is itself the gist 003 §7.2 allows.
 */
function victimisationDetail(sentence: string): Span | undefined {
  const perpetrators = spans(PERPETRATOR, sentence);
  const ages = spans(AGE_MARKER, sentence);
  const childhood = spans(CHILDHOOD_MARKER, sentence);
  // Every detail needs a marker, and an active event ("his stepfather beat him") a perpetrator word.
  if (perpetrators.length + ages.length + childhood.length === 0 && !PERPETRATOR_WORD.test(sentence)) return undefined;
  for (const { kind, passive, experienced, bare, active } of EVENTS) {
    const actives = spans(active, sentence);
    if (actives.length > 0) return actives[0];
    const events = [...spans(passive, sentence), ...spans(experienced, sentence), ...spans(bare, sentence)];
    if (events.length === 0) continue;
    const first = Math.min(...events.map((x) => x.from));
    // "by his father" names the perpetrator only after the event; before it, it is usually someone else's act.
    const markers = [...perpetrators.filter((p) => p.from > first), ...ages, ...(kind === "generic" ? [] : childhood)];
    if (markers.length === 0) continue;
    const all = [...events, ...markers];
    return { from: Math.min(...all.map((x) => x.from)), to: Math.max(...all.map((x) => x.to)) };
  }
  return undefined;
}

/**
 * PII-017: detailed descriptions of a person's own victimisation or sexual history (003 §7.2: "disclose
 * a history of trauma to provide context and remove specific detail, for example of sexual abuse as a
 * child"). The gist ("a history of childhood trauma") passes.
 */
export const pii017SensitiveHistory: BlockRule = {
  ids: ["PII-017"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity || !inCaseNarrative(ctx)) return [];
    const out: Finding[] = [];
    // The sentences with a victimisation word, read off one walk of the block (cached) rather than a regex per sentence.
    const victimisation = findPhrases(block.text, VICTIMISATION_WORDS);
    const sexualHistory = phrasesBySentence(block, h.sexualHistory);
    block.sentences.forEach((sentence, i) => {
      const end = sentence.from + sentence.text.length;
      const named = victimisation.some((hit) => hit.from >= sentence.from && hit.to <= end);
      const detail = named ? victimisationDetail(sentence.text) : undefined;
      if (detail)
        out.push(
          createFinding(
            "PII-017",
            severity,
            block.text,
            sentence.from + detail.from,
            sentence.from + detail.to,
            'Detail of abuse or trauma in a person\'s history: keep a gist in the disclosable text ("a history of childhood trauma") and move the detail to the not-for-disclosure column.',
          ),
        );
      for (const hit of sexualHistory[i]!)
        out.push(
          createFinding(
            "PII-017",
            severity,
            block.text,
            sentence.from + hit.from,
            sentence.from + hit.to,
            "Detail of sexual history: keep a gist in the disclosable text and move the detail to the not-for-disclosure column, unless the SFO is a sexual offence and the detail is significant to understanding the review.",
          ),
        );
    });
    return out;
  },
};
