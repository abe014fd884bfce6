import { acronymUses } from "../engine/acronymUses.js";
import type { DocumentFinding, DocumentRule } from "../engine/DocumentRule.js";
import { glossaryIndex } from "../engine/glossaryIndex.js";
import { lookupAcronym } from "../text/acronymDictionary.js";

/**
 * Whether an acronym in neither the dictionary nor the glossary still counts for ACR-001 (DOMAIN.md
 * §4.2: any acronym-shaped token). Two-letter forms, mostly initials ("signed by JM"), titles ("PC")
 * and NI-number letters, are left to ACR-006.
 */
const countsWhenUnknown = (key: string) => key.length >= 3;

/**
 * ACR-001: the first use of an acronym in reading order (summary → … → action plan) is not spelt
 * out. Acronyms agreed as known are skipped. Acronyms outside the dictionary and glossary count too
 * (without an expansion to offer); ACR-006 also reports those as unknown.
 */
export const acr001FirstUse: DocumentRule = {
  ids: ["ACR-001"],
  run(doc, ctx) {
    const out: DocumentFinding[] = [];
    const glossary = doc.glossary ? glossaryIndex(doc.glossary) : undefined;
    for (const [key, uses] of acronymUses(doc)) {
      const first = uses[0]!;
      const { occurrence } = first;
      if (occurrence.expanded || ctx.known.has(key) || ctx.known.has(occurrence.form)) continue;
      const entry = lookupAcronym(occurrence.form);
      const fromGlossary = glossary?.acronyms.get(key);
      const text = doc.blocks[first.block]!.text;
      if (!entry && !fromGlossary && !countsWhenUnknown(key)) continue;
      // An acronym with several meanings ("IP": Intervention Provider or injured party) gets no expansion offered
      // unless the case glossary says which.
      const expansion = fromGlossary?.expansion || (entry?.meanings ? "" : entry?.expansion) || "";
      out.push({
        rule: "ACR-001",
        severity: ctx.shareable ? "error" : "warning",
        block: first.block,
        from: occurrence.from,
        to: occurrence.to,
        matchedText: occurrence.form,
        message: `"${occurrence.form}" is not spelt out at its first use${
          expansion ? ` (${expansion})` : entry?.meanings ? ` (${entry.meanings.join(" or ")}?)` : ""
        }.`,
        ...(expansion &&
        !text
          .slice(Math.max(0, occurrence.from - expansion.length - 3), occurrence.from)
          .toLowerCase()
          .includes(expansion.toLowerCase())
          ? {
              fixes: [
                {
                  label: "Spell out here",
                  kind: "replace" as const,
                  from: occurrence.from,
                  to: occurrence.to,
                  text: `${expansion} (${occurrence.form})`,
                },
              ],
            }
          : {}),
      });
    }
    return out;
  },
};
