import { acronymUses } from "../engine/acronymUses.js";
import type { DocumentFinding, DocumentRule } from "../engine/DocumentRule.js";

const singular = (form: string) => (/[A-Z0-9]s$/.test(form) ? form.slice(0, -1) : form);

/** ACR-005: one term written in different forms in the same document (RoSH / ROSH, OMiC / OMIC). */
export const acr005InconsistentForm: DocumentRule = {
  ids: ["ACR-005"],
  run(doc) {
    const out: DocumentFinding[] = [];
    for (const [key, uses] of acronymUses(doc)) {
      const firstForm = singular(uses[0]!.occurrence.form);
      for (const use of uses) {
        const form = singular(use.occurrence.form);
        if (form === firstForm) continue;
        out.push({
          rule: "ACR-005",
          severity: "info",
          block: use.block,
          from: use.occurrence.from,
          to: use.occurrence.to,
          matchedText: use.occurrence.form,
          message: `"${use.occurrence.form}" is written "${firstForm}" elsewhere: use one form of ${key}.`,
          fixes: [
            {
              label: `Use "${firstForm}"`,
              kind: "replace",
              from: use.occurrence.from,
              to: use.occurrence.from + form.length,
              text: firstForm,
            },
          ],
        });
      }
    }
    return out;
  },
};
