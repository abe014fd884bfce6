import lexicon from "../data/languageLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import type { Finding, Severity } from "../Finding.js";
import { allMatches } from "../engine/allMatches.js";
import { sortByFrom } from "../engine/sortByFrom.js";

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .join("|");
const ALLOWED_AFTER = new RegExp(`^\\s*(?:${alt(lexicon.riskAllowedAfter)})\\b`, "i");
const LEVEL = /\b(?:very\s+high|low|medium|high)(?:[\s-]+)risk\b/gi;
const CHANGE = new RegExp(
  `\\b(?:his|her|their|the|this|its|that|overall)\\s+risk\\s+(?:(?:is|was|has|had|had\\s+been|has\\s+been)\\s+)?(?:${alt(lexicon.riskChangeVerbs)})\\b`,
  "gi",
);
const BARE_CHANGE =
  /\b(?:where|when|as|if)\s+risk\s+(?:is|was)\s+(?:escalating|increasing|rising|reducing|changing)\b/gi;
const RISK_TO = /\b(?:the|his|her|their|a|any)\s+risk\s+to\s+(?!self\b|others\b|themselves\b|himself\b|herself\b)/gi;
const OBJECT =
  /\b(?:review(?:ed)?|assess(?:ed)?|re-?assess(?:ed)?|manage[ds]?|consider(?:ed)?|escalate[ds]?|monitor(?:ed)?|increase[ds]?|reduce[ds]?|understand|understood|identify|identified|address(?:ed)?)\s+(?:the|his|her|their)\s+risk\b/gi;

const RISK_WORD = /risk/i;

/** One finding for the unqualified "risk" at [from, to), unless one already starts there. */
function addRisk(out: Finding[], seen: Set<number>, severity: Severity, text: string, from: number, to: number): void {
  if (seen.has(from)) return;
  seen.add(from);
  out.push(
    createFinding(
      "RISK-001",
      severity,
      text,
      from,
      to,
      'Say risk of what: "risk of serious harm (to …)", "risk of harm to others", "risk of harm to self" or "likelihood of reoffending".',
    ),
  );
}

/** RISK-001: "risk" used as a level or quantity without saying risk of what (003 §3.4.4). */
export const risk001UnqualifiedRisk: BlockRule = {
  ids: ["RISK-001"],
  run(block, ctx) {
    if (ctx.traits.nfd || ctx.traits.glossary) return [];
    const { text } = block;
    // Every pattern below needs the word: one cheap search spares the rest in most blocks.
    if (!RISK_WORD.test(text)) return [];
    const severity = ctx.traits.response ? "info" : "warning";
    const out: Finding[] = [];
    const seen = new Set<number>();
    for (const m of allMatches(LEVEL, text)) {
      const end = (m.index ?? 0) + m[0].length;
      if (ALLOWED_AFTER.test(text.slice(end, end + 40))) continue;
      addRisk(out, seen, severity, text, m.index ?? 0, end);
    }
    for (const pattern of [CHANGE, BARE_CHANGE, RISK_TO]) {
      for (const m of allMatches(pattern, text))
        addRisk(out, seen, severity, text, m.index ?? 0, (m.index ?? 0) + m[0].trimEnd().length);
    }
    for (const m of allMatches(OBJECT, text)) {
      const end = (m.index ?? 0) + m[0].length;
      if (ALLOWED_AFTER.test(text.slice(end, end + 40)) || /^\s+to\b/.test(text.slice(end))) continue;
      addRisk(out, seen, severity, text, m.index ?? 0, end);
    }
    return sortByFrom(out);
  },
};
