import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";
import { splitOwners } from "../plan/splitOwners.js";
import { TextBlock } from "../text/TextBlock.js";
import { findPersonNames } from "../text/findPersonNames.js";
import type { Finding } from "../Finding.js";

const NAME_SHAPE = /^(?:\p{Lu}\.?\s*)?(?:\p{Lu}\.\s*)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:\s*\([^)]*\))?$/u;
const ROLE_WORDS =
  /\b(?:Head|Director|Deputy|Manager|Lead|Officer|Team|Group|Chief|Senior|Executive|Operations|Policy|Owner|All|SPOs|PDU|Region|National|Quality|Practitioner|Administrator)\b/;

/** APL-011 and PII-002: an owner given by name ("Sarah Jenkins", "J. Patel", "Liam (SPO)") or a named email. */
export const apl011OwnerByName: RowRule = {
  ids: ["APL-011", "PII-002"],
  run(row, ctx) {
    const out: Finding[] = [];
    for (const owner of splitOwners(row.owner)) {
      const hit = ctx.register.find(owner.text)[0];
      const looksNamed =
        !!hit ||
        /@/.test(owner.text) ||
        (NAME_SHAPE.test(owner.text) && !ROLE_WORDS.test(owner.text) && !/\d/.test(owner.text)) ||
        findPersonNames(new TextBlock(owner.text)).length > 0;
      if (!looksNamed || ctx.register.identifiers.has(owner.text)) continue;
      const fix = hit
        ? [
            {
              label: `Replace with ${hit.entry.identifier}`,
              kind: "replace" as const,
              from: owner.from,
              to: owner.to,
              text: hit.entry.identifier,
            },
          ]
        : undefined;
      out.push(
        fieldFinding(
          "PII-002",
          "error",
          row,
          "owner",
          `Owner "${owner.text}" is a name: give the role identifier (reviews are anonymous).`,
          owner,
          fix,
        ),
      );
    }
    return out;
  },
};
