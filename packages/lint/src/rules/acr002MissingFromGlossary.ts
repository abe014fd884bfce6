import { acronymUses } from "../engine/acronymUses.js";
import type { DocumentFinding, DocumentRule } from "../engine/DocumentRule.js";
import { glossaryIndex } from "../engine/glossaryIndex.js";
import { lookupAcronym } from "../text/acronymDictionary.js";

/** ACR-002: an acronym used in the review or plan that is not in the case glossary (runs only when a glossary is known). */
export const acr002MissingFromGlossary: DocumentRule = {
  ids: ["ACR-002"],
  run(doc) {
    if (!doc.glossary) return [];
    const index = glossaryIndex(doc.glossary);
    const out: DocumentFinding[] = [];
    for (const [key, uses] of acronymUses(doc)) {
      if (index.acronyms.has(key)) continue;
      const entry = lookupAcronym(key);
      if (!entry) continue;
      const first = uses[0]!;
      out.push({
        rule: "ACR-002",
        severity: "warning",
        block: first.block,
        from: first.occurrence.from,
        to: first.occurrence.to,
        matchedText: first.occurrence.form,
        message: `"${key}" is not in the case glossary.`,
        fixes: [{ label: "Add to glossary", kind: "addGlossaryEntry", term: key, expansion: entry.expansion }],
      });
    }
    return out;
  },
};
