import type { Node as PmNode } from "@tiptap/pm/model";
import type { RegisterEntry } from "../LintContext.js";

/** The people register and case region as written in a document's case header. */
export interface CaseHeader {
  register: RegisterEntry[] | undefined;
  region: string | undefined;
  /** Identity of the nodes read, to skip re-reading an unchanged header. */
  nodes: readonly PmNode[];
}

const STAFF_ROLES = new Set([
  "probation-practitioner",
  "senior-probation-officer",
  "head-of-pdu",
  "quality-development-officer",
  "prison-offender-manager",
  "community-offender-manager",
  "head-of-offender-management-delivery",
  "approved-premises-staff",
  "court-probation-practitioner",
  "victim-liaison-officer",
  "senior-manager",
  "countersigning-manager",
  "sfo-lead",
  "staff-group",
]);

/** Register role words (`personKind` in compileRegister) for the schema's person roles. */
function roleWords(role: string): string {
  if (STAFF_ROLES.has(role)) return "staff";
  if (role === "reviewing-manager") return "reviewing manager";
  if (role === "supervised-individual") return "supervised individual";
  if (role === "victim") return "victim";
  return "third party";
}

/** A `person` atom's attributes (packages/schema person.schema.ts) as a register entry. */
export function personEntry(attrs: Readonly<Record<string, unknown>>): RegisterEntry | undefined {
  const name = String(attrs.name ?? "").trim();
  const identifier = String(attrs.identifier ?? "").trim();
  if (!name && !identifier) return undefined;
  const pronouns = String(attrs.pronouns ?? "").trim();
  const entry: RegisterEntry = { name, identifier, role: roleWords(String(attrs.role ?? "")) };
  if (pronouns) entry.pronouns = pronouns;
  // With confirmed pronouns, "write in gender-neutral language" means the gender would identify them (TONE-006 warning).
  if (pronouns && attrs.genderNeutral === true) entry.identifiableByGender = true;
  if (typeof attrs.status === "string") entry.status = attrs.status;
  if (typeof attrs.region === "string") entry.region = attrs.region;
  return entry;
}

/**
 * Reads `peopleRegister` and `caseRecord` from the top two levels of a document, where the
 * schema's case header puts them; `register` is undefined when the document has no register.
 */
export function readCaseHeader(doc: PmNode): CaseHeader {
  const nodes: PmNode[] = [];
  let register: RegisterEntry[] | undefined;
  let region: string | undefined;
  const look = (node: PmNode) => {
    const type = node.type.name;
    if (type === "peopleRegister") {
      nodes.push(node);
      register = [];
      node.forEach((person) => {
        const entry = person.type.name === "person" ? personEntry(person.attrs) : undefined;
        if (entry) register!.push(entry);
      });
      return true;
    }
    if (type === "caseRecord") {
      nodes.push(node);
      if (typeof node.attrs.managingRegion === "string") region = node.attrs.managingRegion;
      return true;
    }
    return false;
  };
  doc.forEach((child) => {
    if (look(child) || child.isTextblock || child.isAtom) return;
    child.forEach((grandchild) => {
      look(grandchild);
    });
  });
  return { register, region, nodes };
}
