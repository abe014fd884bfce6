import pii from "../data/piiLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import type { PhraseHit } from "../engine/findPhrases.js";
import { phrasesBySentence } from "../engine/phrasesBySentence.js";
import type { Finding } from "../Finding.js";
import type { CompiledRegister } from "../register/compileRegister.js";
import { piiSeverity } from "./piiSeverity.js";

const STAFF_ID = /\b(?:PP|SPO|PDU|QDO|PO|PSO|CM|RM|COM|POM)\d*\b/;
/** Words that, straight after a phrase, give it another sense: "signed off the plan" is an approval, not sick leave. */
const NOT_BEFORE = new Map(
  Object.entries(pii.staffPersonalNotBefore).map(([phrase, words]) => [
    phrase,
    new RegExp(`^\\s+(?:${words.join("|")})(?![\\p{L}\\p{N}])`, "iu"),
  ]),
);
// "signed off by PDU1": approved by a named role, where "signed off by her GP" is sick leave.
const SICKNESS_AFTER = /\b(?:sick|sickness|stress|stressed|leave|ill|illness|unwell|anxiety|depression|absence)\b/i;
const BY_STAFF = new RegExp(`^\\s+by\\s+${STAFF_ID.source}`);
const otherSense = (text: string, hit: PhraseHit) => {
  const after = text.slice(hit.to, hit.to + 16);
  const phrase = hit.phrase.toLowerCase().replace(/\s+/g, " ");
  if (NOT_BEFORE.get(phrase)?.test(after)) return true;
  // "signed off by SPO1 with stress" is still sick leave.
  return phrase === "signed off" && BY_STAFF.test(after) && !SICKNESS_AFTER.test(text.slice(hit.to));
};

/** Whether the text names a member of staff: by a staff identifier, or by a register entry for staff. */
function staffIn(text: string, register: CompiledRegister): boolean {
  return STAFF_ID.test(text) || register.find(text).some((h) => h.kind === "staff" || h.kind === "rm");
}

/**
 * PII-015: staff sickness, absence details, health or personal life next to a staff reference, in
 * the same sentence or in a sentence opening with a pronoun after one. The professional finding
 * stays; the personal detail moves to the NFD column (003 §7.2).
 */
export const pii015StaffPersonal: BlockRule = {
  ids: ["PII-015"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    const out: Finding[] = [];
    const found = phrasesBySentence(block, pii.staffPersonal);
    block.sentences.forEach((sentence, i) => {
      const hits = found[i]!.filter((h) => !otherSense(sentence.text, h));
      if (hits.length === 0) return;
      const previous = block.sentences[i - 1];
      const pronounStart = /^(?:He|She|They)\b/.test(sentence.text);
      if (!staffIn(sentence.text, ctx.register) && !(pronounStart && previous && staffIn(previous.text, ctx.register)))
        return;
      const first = hits[0]!;
      const from = sentence.from + first.from;
      const tail = /^[^.;]*?(?=\s+(?:in|during|on|from|and|but|which|so)\b(?![^.;]*\b(?:for|with)\b)|[.;]|$)/.exec(
        sentence.text.slice(first.from),
      );
      const to = sentence.from + first.from + Math.max(first.to - first.from, tail?.[0].length ?? 0);
      out.push(
        createFinding(
          "PII-015",
          severity,
          block.text,
          from,
          to,
          "Staff personal circumstances: keep the professional finding and move the personal detail to the not-for-disclosure column.",
        ),
      );
    });
    return out;
  },
};
