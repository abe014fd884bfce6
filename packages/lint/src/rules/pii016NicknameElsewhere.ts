import type { DocumentFinding, DocumentRule, FactBlock } from "../engine/DocumentRule.js";
import { mentionsOf } from "../text/findPersonNames.js";
import { piiSeverity } from "./piiSeverity.js";

/** Every nickname the document gives, with the blocks that give it. */
export function documentNicknames(blocks: readonly FactBlock[]): Map<string, Set<number>> {
  const given = new Map<string, Set<number>>();
  blocks.forEach((block, index) => {
    for (const name of block.facts.nicknames) {
      const at = given.get(name) ?? new Set<number>();
      at.add(index);
      given.set(name, at);
    }
  });
  return given;
}

/**
 * PII-016 across blocks: a nickname given in one paragraph ('Dwayne (or "Tank" as everyone calls him)') names
 * the same person when it comes back bare in another ("Tank left the hostel"), where the block rules cannot
 * know it is a name. The block that gives it finds its own mentions.
 */
export const pii016NicknameElsewhere: DocumentRule = {
  ids: ["PII-016"],
  run(doc, ctx) {
    const given = documentNicknames(doc.blocks);
    if (given.size === 0) return [];
    const out: DocumentFinding[] = [];
    doc.blocks.forEach((block, index) => {
      const severity = piiSeverity(ctx.forScope(block.scope));
      if (!severity) return;
      const names = [...given].filter(([, blocks]) => !blocks.has(index)).map(([name]) => name);
      const mentions = mentionsOf(block.text, names);
      if (mentions.length === 0) return;
      // A registered person's own name form is PII-001/-003/-004's to report.
      const registered = ctx.register.find(block.text);
      for (const m of mentions) {
        if (registered.some((h) => m.from < h.to && m.to > h.from)) continue;
        out.push({
          rule: "PII-016",
          severity,
          block: index,
          from: m.from,
          to: m.to,
          matchedText: m.text,
          message: `"${m.text}" is a nickname given elsewhere in this document: use an identifier from the people register, or move it to the not-for-disclosure column.`,
        });
      }
    });
    return out;
  },
};
