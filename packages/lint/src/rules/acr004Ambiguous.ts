import { acronymUses } from "../engine/acronymUses.js";
import type { DocumentFinding, DocumentRule } from "../engine/DocumentRule.js";
import { lookupAcronym } from "../text/acronymDictionary.js";

/** ACR-004: an acronym with more than one meaning (HMIP: Prisons or Probation; PS, CS, PD, PO, RO). */
export const acr004Ambiguous: DocumentRule = {
  ids: ["ACR-004"],
  run(doc) {
    const out: DocumentFinding[] = [];
    for (const [key, uses] of acronymUses(doc)) {
      const entry = lookupAcronym(key);
      if (!entry?.ambiguity) continue;
      const use = uses.find((u) => !u.occurrence.expanded);
      if (!use) continue;
      out.push({
        rule: "ACR-004",
        severity: entry.ambiguity === "warning" ? "warning" : "info",
        block: use.block,
        from: use.occurrence.from,
        to: use.occurrence.to,
        matchedText: use.occurrence.form,
        message: entry.meanings
          ? `"${key}" is ambiguous (${entry.meanings.join(" or ")}): write the name in full.`
          : `"${key}" has more than one meaning: spell it out.`,
      });
    }
    return out;
  },
};
