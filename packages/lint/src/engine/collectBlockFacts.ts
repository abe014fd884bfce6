import lexicon from "../data/languageLexicon.json" with { type: "json" };
import terms from "../data/professionalTerms.json" with { type: "json" };
import { type AcronymOccurrence, findAcronyms } from "../text/findAcronyms.js";
import { findNicknames } from "../text/findPersonNames.js";
import type { TextBlock } from "../text/TextBlock.js";
import { allMatches } from "./allMatches.js";
import { findPhrases, type PhraseHit } from "./findPhrases.js";
import { judgesBeyondIndividual, recordsBalance } from "./judgementFacts.js";
import { findLocalGuidance } from "./localGuidanceMentions.js";
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
  /** The review text judges managers, oversight, systems or workload (APL-019). */
  organisation: boolean;
  /** Organisational causes named in the review: workload, vacancies, span of control … (APL-026). */
  orgCauses: PhraseHit[];
  /** A member of staff did not know or understand a policy or process (APL-022). */
  knowledgeGaps: PhraseHit[];
  /** RoSH groups given a level in the risk section (RISK-003). */
  roshGroups: string[];
  /** Counts written in a response plan's introduction: "Agreed 7", "Total 11" (RESP-009). */
  responseCounts: { category: string; count: number; from: number; to: number }[];
  /** The analysis judges managers, oversight, systems or policy here, not only the practitioner (JUDG-006). */
  beyondIndividual: boolean;
  /** The analysis records practice that met expectations or was good here (JUDG-008). */
  balance: boolean;
  /** Review text names local, regional or former-CRC guidance (GLOSS-002). */
  localGuidance: PhraseHit[];
  /** Nicknames given here ('Dwayne ("Tank")'): PII-016 looks for them in the other blocks. */
  nicknames: string[];
}

const ORG = /\b(Her|His) Majesty['’]s Prison and Probation Service\b/g;
const EXPLAINED_AFTER =
  /^\s*(?:\(|,\s*(?:which|that is|meaning)|(?:which|that)\s+(?:sets|is|are|means|explains|describes)|is\s+(?:a|an|the|where|when)\b|means\b|[-–—]\s)/i;

const ORGANISATION =
  /\b(?:SPO\d*|PDU\d*|manager|management oversight|oversight|workload|caseload|resourc|system|process|polic)/i;
const ORG_CAUSES = [
  "workload",
  "workloads",
  "caseload",
  "caseloads",
  "high caseload",
  "vacancies",
  "vacancy",
  "staffing levels",
  "staff shortages",
  "resources",
  "resourcing",
  "span of control",
  "spans of control",
  "span of oversight",
  "covering four offices",
  "IT system",
  "case management system",
  "systems and processes",
  "local processes",
  "workload management tool",
];
const KNOWLEDGE_GAPS = [
  "did not understand",
  "did not know how",
  "did not know that",
  "was unaware of the policy",
  "were unaware of the policy",
  "was unaware of the",
  "were unaware of the",
  "had not been shown how",
  "not been shown how",
  "did not know the",
  "was not aware of the policy",
  "lacked knowledge of",
];
const GROUPS: [string, RegExp][] = [
  ["public", /\bpublic\b/i],
  ["known adults", /\bknown\s+adults?\b/i],
  ["children", /\bchild(?:ren)?\b/i],
  ["staff", /\bstaff\b/i],
  ["prisoners", /\bprisoners?\b|\bn\/a\s*\(?community/i],
];
const LEVEL_WORD = /\b(?:low|medium|high|very\s+high)\b/i;
const COUNT =
  /\b(Partly Agreed|Not Agreed|Agreed(?:\/Agreed in principle)?|Total)\s*[:=-]?\s*(\d{1,3})\b|\b(\d{1,3})\s+(?:recommendations?\s+)?(?:(?:are|were|was|is)\s+)?(partly agreed|not agreed|agreed)\b/gi;

function roshGroups(block: TextBlock): string[] {
  const found = new Set<string>();
  for (const sentence of block.sentences) {
    if (!LEVEL_WORD.test(sentence.text)) continue;
    for (const [group, pattern] of GROUPS) if (pattern.test(sentence.text)) found.add(group);
  }
  return [...found];
}

function responseCounts(text: string): BlockFacts["responseCounts"] {
  const out: BlockFacts["responseCounts"] = [];
  for (const m of allMatches(COUNT, text)) {
    const word = (m[1] ?? m[4] ?? "").toLowerCase();
    const digits = m[2] ?? m[3] ?? "";
    const category = word.startsWith("partly")
      ? "Partly Agreed"
      : word.startsWith("not")
        ? "Not Agreed"
        : word === "total"
          ? "Total"
          : "Agreed";
    const at = (m.index ?? 0) + m[0].indexOf(digits);
    out.push({ category, count: Number(digits), from: at, to: at + digits.length });
  }
  return out;
}

export function collectBlockFacts(block: TextBlock, ctx: RuleContext): BlockFacts {
  const text = block.text;
  const review = ctx.traits.review && !ctx.traits.nfd;
  // The analysis columns (not NFD) and the judgements section: where JUDG-006 and JUDG-008 look.
  const analysis = ctx.traits.judgementColumn || (ctx.traits.summaryOrAnalysis && !ctx.traits.summary);
  return {
    organisation: review && ORGANISATION.test(text),
    orgCauses: review ? findPhrases(text, ORG_CAUSES) : [],
    knowledgeGaps: review ? findPhrases(text, KNOWLEDGE_GAPS) : [],
    roshGroups: ctx.scope === "review.risk" ? roshGroups(block) : [],
    responseCounts: ctx.scope === "resp.introduction" ? responseCounts(text) : [],
    beyondIndividual: analysis && judgesBeyondIndividual(block),
    balance: analysis && recordsBalance(block),
    localGuidance: review ? findLocalGuidance(text) : [],
    nicknames: findNicknames(text).map((n) => n.text),
    acronyms: findAcronyms(block, ctx.register.identifiers),
    failings: findPhrases(text, lexicon.failings),
    organisationForms: allMatches(ORG, text).map((m) => ({
      from: m.index,
      to: m.index + m[0].length,
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
