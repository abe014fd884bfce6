import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { textFinding } from "../plan/textFinding.js";
import { findPersonNames } from "../text/findPersonNames.js";
import { TextBlock } from "../text/TextBlock.js";
import type { Finding } from "../Finding.js";

// Job titles that own actions in the published plans (000 and 004 owner columns).
const KNOWN_ROLE =
  /^(?:(?:Deputy|Executive|Regional\s+Probation|Public\s+Protection|Operational|Area|Group)\s+Director|Director\s+(?:General|of)|Deputy\s+Director|Chief\s+(?:Probation\s+Officer|Executive|Operating\s+Officer)|Head\s+of|SRO\b|Senior\s+Responsible\s+Owner|HMPPS\b|(?:National|Regional|SFO)\s+[\w\s]*(?:Lead|Manager|Team)|Policy\s+(?:Lead|Owner)|(?:Probation|Prison)\s+(?:Service|Group)|Director\b(?!\s+\p{Lu}\p{Ll}+\s+\p{Lu}))/u;
const ROLE_WORD = /\b(?:Director|Head|Chief|Officer|Lead|Manager|Owner|Group|Team|SRO|Executive|Deputy|Service)\b/;
const NAME = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+$/u;

/** RESP-005: an owner given as a person's name (error, as PII-002), or a role not in the dictionary (info). */
export const resp005OwnerRole: FieldsRule<ResponseFields> = {
  ids: ["RESP-005"],
  run(rec, ctx) {
    const out: Finding[] = [];
    for (const action of rec.actions) {
      for (const owner of action.owners) {
        const text = owner.trim();
        if (!text) continue;
        const named =
          ctx.register.find(text).some((h) => h.variant === "full") ||
          (NAME.test(text) && !ROLE_WORD.test(text)) ||
          (!ROLE_WORD.test(text) && findPersonNames(new TextBlock(text)).length > 0);
        if (named)
          out.push(
            textFinding("RESP-005", "error", action.field, "", `Owner "${text}" is a name: give the job title.`),
          );
        else if (!KNOWN_ROLE.test(text))
          out.push(
            textFinding(
              "RESP-005",
              "info",
              action.field,
              "",
              `Owner "${text}" is not a known job title: check it (e.g. "Public Protection Director").`,
            ),
          );
      }
    }
    return out;
  },
};
