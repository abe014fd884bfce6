import { paragraph } from "../document/jsonBuilders.js";
import { defaultAttrs } from "../document/nodeAttrs.schema.js";
import type { PmNodeJson } from "../document/pmNode.schema.js";
import { nodeDisclosure, restrictedAttributes } from "./nodeDisclosure.js";

/** A document kind that is never shared outside the organisation was asked for as a shareable copy. */
export class NotShareableError extends Error {
  override name = "NotShareableError";
  constructor(kind: string) {
    super(`a ${kind} document is internal and has no shareable copy`);
  }
}

function strip(node: PmNodeJson): PmNodeJson {
  const disclosure = nodeDisclosure[node.type];
  if (disclosure === "internal") throw new NotShareableError(node.type);
  if (node.type === "peopleRegister") return { type: node.type };
  if (node.type === "entryNotForDisclosure") return { type: node.type, content: [paragraph()] };
  const copy: PmNodeJson = { ...node };
  const hidden = restrictedAttributes[node.type];
  if (hidden && node.attrs) {
    const defaults = node.type === "caseRecord" || node.type === "person" ? defaultAttrs(node.type) : {};
    copy.attrs = { ...node.attrs };
    for (const name of hidden) copy.attrs[name] = defaults[name] ?? "";
  }
  if (node.content) copy.content = node.content.map(strip);
  return copy;
}

/**
 * The document without its restricted data, still valid against the schema: the people
 * register emptied, names in the case record blanked (the SFO reference holds the surname,
 * PII-012), and every not-for-disclosure cell emptied (003_953444ce864c2fe1.txt §7.2).
 * Names typed in the text are not touched here: pseudonymisation from the register and
 * redaction marks belong to the export. Throws `NotShareableError` for internal kinds
 * (QA feedback, QA checklist, redaction log).
 */
export function toShareableJson(docJson: PmNodeJson): PmNodeJson {
  return strip(docJson);
}
