import pii from "../data/piiLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import type { Finding, Severity } from "../Finding.js";
import { piiSeverity } from "./piiSeverity.js";
import { allMatches } from "../engine/allMatches.js";
import { isEnglishWord } from "../text/englishWords.js";
import { overlapsAny } from "../text/spanOverlap.js";

const NAME = "\\p{Lu}[\\p{L}'’-]+";
const NOT_NAMES = new Set(pii.prisonWordsNotNames);
// "HMP The Verne", "HMP The Mount": a few prisons' names start with "The".
const PREFIXED = new RegExp(
  `\\b(?:HMP\\s*(?:&|and)\\s*YOI|HMP\\/YOI|HMYOI|HMP|HM\\s+Prison|YOI)\\s+((?:The\\s+(?=\\p{Lu}\\p{Ll}))?${NAME}(?:\\s+${NAME})?)`,
  "gu",
);
const SUFFIXED = new RegExp(
  `\\b(${NAME}(?:\\s+${NAME})?)\\s+(?:Prison(?!\\s+(?:Service|Services|Rules|Act|Reform|Ombudsman)\\b)|YOI|Young\\s+Offenders?['’]?\\s+Institution)\\b`,
  "gu",
);
// Written with "prison" in lower case ("had left Thistlebrook prison"): one capitalised name word before it.
// Not a possessive ("Mr W's prison number") nor "prison" used as a modifier ("the Leeds prison officers").
const SUFFIXED_LOWER =
  /\b(\p{Lu}[\p{L}-]+)\s+prison\b(?!\s+(?:numbers?|records?|officers?|staff|service|sentences?|terms?|files?|visits?|system|estate|population|governor|wings?|cells?|van|release|leavers?|category|transfers?|healthcare|chaplain|law))/gu;
// Typed without capitals: "released from hmp wigeonfield 4/3".
const PREFIXED_LOWER = /\b(?:hmp|hmyoi|hmp\/yoi)\s+(\p{Ll}[\p{Ll}'’-]{2,})/gu;
const GAZETTEER = new RegExp(
  `\\b(?:released\\s+from|transferred\\s+(?:to|from)|remanded\\s+(?:to|in)|held\\s+(?:at|in)|custody\\s+(?:at|in)|located\\s+(?:at|in))\\s+(${pii.prisonGazetteer.join("|")})\\b`,
  "gu",
);
const GENERIC_WORDS =
  /^(?:the|a|an|his|her|their|HM|His|Her|Service|Probation|Open|Closed|Category|Local|Women's|Men's|Adult|Male|Female|Private|Public|This|That|Each|Any|Victorian|British|English|Welsh|Scottish|Irish|Northern|Southern|Eastern|Western|Youth|Training|Resettlement|Remand|Reception|Dispersal|Another|Same|New|Old|Other|Every|Some|All|No|Which|Whichever|What|One|Our|Your|Its|My|These|Those|Both|Either|Neither|Many|Most|Several|Such|Former|Previous|Earlier|Later|Latest|Last|Second|Third|Final|Nearest|Home|Present|Current|Next|First|Receiving|Holding|Sending|Releasing|Digital)$/i;

/** One finding for the prison at [from, to), unless another already covers part of it. */
function addPrison(out: Finding[], severity: Severity, text: string, from: number, to: number): void {
  if (overlapsAny(out, from, to)) return;
  out.push(
    createFinding(
      "PII-005",
      severity,
      text,
      from,
      to,
      "Prison named: refer to it generically unless there is a recorded reason and the prison knows.",
      [{ label: "Refer to the prison generically", kind: "replace", from, to, text: "prison" }],
    ),
  );
}

/** PII-005: a prison named ("HMP Leeds", "Wandsworth Prison", "Thistlebrook prison", "Marsh Lane YOI", "released from Pentonville"). */
export const pii005NamedPrison: BlockRule = {
  ids: ["PII-005"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    const out: Finding[] = [];
    for (const m of allMatches(PREFIXED, block.text)) {
      const words = m[1]!.split(/\s+/);
      const lead = words[0] === "The" ? 2 : 1;
      const kept = words.filter((w, i) => i < lead || !NOT_NAMES.has(w));
      const first = words[lead - 1];
      if (first === undefined || NOT_NAMES.has(first) || GENERIC_WORDS.test(first)) continue;
      const from = m.index ?? 0;
      addPrison(out, severity, block.text, from, from + m[0].length - m[1]!.length + kept.join(" ").length);
    }
    for (const m of allMatches(SUFFIXED, block.text)) {
      const words = m[1]!.split(/\s+/);
      const name = words.filter((w) => !GENERIC_WORDS.test(w) && !NOT_NAMES.has(w));
      if (name.length === 0 || (name.length !== words.length && GENERIC_WORDS.test(words[0]!) && name.length === 0))
        continue;
      if (GENERIC_WORDS.test(words.at(-1)!) || NOT_NAMES.has(words.at(-1)!)) continue;
      const start = (m.index ?? 0) + m[0].indexOf(name[0]!);
      addPrison(out, severity, block.text, start, (m.index ?? 0) + m[0].length);
    }
    for (const m of allMatches(SUFFIXED_LOWER, block.text)) {
      const word = m[1]!;
      if (GENERIC_WORDS.test(word) || NOT_NAMES.has(word) || block.text.charCodeAt((m.index ?? 0) - 1) === 45) continue;
      addPrison(out, severity, block.text, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
    for (const m of allMatches(PREFIXED_LOWER, block.text)) {
      const word = m[1]!;
      // "hmp staff", "hmp omu", "hmp yesterday": a word or an acronym, not a prison's name.
      if (GENERIC_WORDS.test(word) || NOT_NAMES.has(word) || word.length < 4 || isEnglishWord(word)) continue;
      addPrison(out, severity, block.text, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
    for (const m of allMatches(GAZETTEER, block.text)) {
      const from = (m.index ?? 0) + m[0].length - m[1]!.length;
      addPrison(out, severity, block.text, from, from + m[1]!.length);
    }
    return out;
  },
};
