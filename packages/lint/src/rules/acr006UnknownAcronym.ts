import { acronymUses } from "../engine/acronymUses.js";
import type { DocumentFinding, DocumentRule } from "../engine/DocumentRule.js";
import { glossaryIndex } from "../engine/glossaryIndex.js";
import { lookupAcronym, nearestAcronym } from "../text/acronymDictionary.js";

/** ACR-006: an acronym-shaped token in neither the dictionary, the glossary nor the known list ("HMMPS"). */
export const acr006UnknownAcronym: DocumentRule = {
  ids: ["ACR-006"],
  run(doc, ctx) {
    const glossary = doc.glossary ? glossaryIndex(doc.glossary) : undefined;
    const out: DocumentFinding[] = [];
    for (const [key, uses] of acronymUses(doc)) {
      if (lookupAcronym(key) || glossary?.acronyms.has(key) || ctx.known.has(key)) continue;
      const first = uses[0]!;
      const form = first.occurrence.form;
      if (ctx.known.has(form)) continue;
      const nearest = nearestAcronym(key);
      out.push({
        rule: "ACR-006",
        severity: "warning",
        block: first.block,
        from: first.occurrence.from,
        to: first.occurrence.to,
        matchedText: form,
        message: nearest
          ? `Unknown acronym "${form}": did you mean "${nearest}"?`
          : `Unknown acronym "${form}": spell it out and add it to the glossary.`,
        fixes: nearest
          ? [
              {
                label: `Replace with "${nearest}"`,
                kind: "replace",
                from: first.occurrence.from,
                to: first.occurrence.to,
                text: nearest,
              },
            ]
          : first.occurrence.expanded || !doc.glossary
            ? undefined
            : [{ label: "Add to glossary", kind: "addGlossaryEntry", term: key, expansion: "" }],
      } as DocumentFinding);
    }
    return out;
  },
};
