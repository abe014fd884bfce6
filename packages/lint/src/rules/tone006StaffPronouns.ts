import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import type { Finding } from "../Finding.js";
import { allMatches } from "../engine/allMatches.js";

const GENDERED = /\b(?:he|she|him|her|his|hers|himself|herself)\b/gi;

/**
 * TONE-006: a gendered pronoun that refers to a member of staff whose pronouns are unconfirmed or
 * who is identifiable by gender. The referent is taken to be the staff member who is the subject
 * of the sentence, or of the previous sentence when the sentence opens with the pronoun.
 */
export const tone006StaffPronouns: BlockRule = {
  ids: ["TONE-006"],
  run(block, ctx) {
    if (ctx.traits.nfd || ctx.register.pronounSensitive.size === 0) return [];
    const out: Finding[] = [];
    const hitsBySentence = block.sentences.map((s) => staffSubject(s.text, ctx.register));
    block.sentences.forEach((sentence, i) => {
      const own = hitsBySentence[i];
      for (const m of allMatches(GENDERED, sentence.text)) {
        const at = m.index ?? 0;
        const subject = own && own.at < at ? own : at === 0 ? hitsBySentence[i - 1] : undefined;
        if (!subject || !ctx.register.pronounSensitive.has(subject.identifier)) continue;
        if (/\b(?:Mr|Mrs|Ms|Miss)\b/.test(sentence.text.slice(subject.at, at))) continue;
        const from = sentence.from + at;
        out.push(
          createFinding(
            "TONE-006",
            "info",
            block.text,
            from,
            from + m[0].length,
            `Gendered pronoun for ${subject.identifier}: use gender-neutral language (they/their) unless pronouns are confirmed.`,
          ),
        );
      }
    });
    return out;
  },
};

function staffSubject(
  sentence: string,
  register: {
    entries: readonly { identifier: string }[];
    find(text: string): { from: number; entry: { identifier: string } }[];
  },
) {
  const start = sentence.slice(0, 40);
  for (const entry of register.entries) {
    const idAt = identifierAt(start, entry.identifier);
    if (idAt >= 0) return { identifier: entry.identifier, at: idAt };
  }
  const hit = register.find(start)[0];
  return hit && hit.from < 5 ? { identifier: hit.entry.identifier, at: hit.from } : undefined;
}

const WORD_CHAR = /\w/;

/** Where `identifier` stands as a whole word in the first five characters of `start`, or -1. */
function identifierAt(start: string, identifier: string): number {
  for (let at = start.indexOf(identifier); at >= 0 && at < 5; at = start.indexOf(identifier, at + 1)) {
    const end = at + identifier.length;
    if (!WORD_CHAR.test(start[at - 1] ?? " ") && !WORD_CHAR.test(start[end] ?? " ")) return at;
  }
  return -1;
}
