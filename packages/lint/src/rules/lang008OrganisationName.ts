import type { DocumentFinding, DocumentRule } from "../engine/DocumentRule.js";

/** LANG-008: "Her Majesty's" and "His Majesty's" Prison and Probation Service in one document. */
export const lang008OrganisationName: DocumentRule = {
  ids: ["LANG-008"],
  run(doc) {
    let her = false;
    let his = false;
    for (const b of doc.blocks)
      for (const f of b.facts.organisationForms) {
        if (f.form === "Her") her = true;
        else his = true;
      }
    if (!her || !his) return [];
    const forms = doc.blocks.flatMap((b, block) => b.facts.organisationForms.map((f) => ({ ...f, block })));
    if (!forms.some((f) => f.form === "His") || !forms.some((f) => f.form === "Her")) return [];
    return forms
      .filter((f) => f.form === "Her")
      .map(
        (f): DocumentFinding => ({
          rule: "LANG-008",
          severity: "info",
          block: f.block,
          from: f.from,
          to: f.from + 3,
          matchedText: "Her",
          message: `"Her Majesty's" and "His Majesty's" are both used: use "His Majesty's" throughout.`,
          fixes: [{ label: 'Use "His"', kind: "replace", from: f.from, to: f.from + 3, text: "His" }],
        }),
      );
  },
};
