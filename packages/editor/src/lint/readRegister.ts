import type { RegisterEntry } from "@sfo-review/lint";
import { type PersonRole, staffRoles } from "@sfo-review/schema";
import type { Node as PmNode } from "@tiptap/pm/model";

/** The people register node of a case document, found without walking the text (it opens the document). */
export function findPeopleRegister(doc: PmNode): PmNode | null {
  let found: PmNode | null = null;
  doc.descendants((node) => {
    if (found) return false;
    if (node.type.name === "peopleRegister") {
      found = node;
      return false;
    }
    return !node.isTextblock && !node.isAtom;
  });
  return found;
}

// The engine classes people by words in `role` (staff, victim, supervised individual, RM): map the schema's enum onto them.
function registerRole(role: PersonRole): string {
  if (role === "reviewing-manager") return "rm";
  if (role === "supervised-individual") return "supervised individual";
  if (role === "victim" || role === "family-member") return "victim";
  if (staffRoles.includes(role)) return "staff";
  return "third party";
}

/** The people register of `registerNode` (a `peopleRegister`) as the linter's `RegisterEntry` list. */
export function readRegister(registerNode: PmNode | null): RegisterEntry[] {
  const out: RegisterEntry[] = [];
  registerNode?.forEach((person) => {
    const attrs = person.attrs as Partial<Record<string, unknown>>;
    const name = typeof attrs.name === "string" ? attrs.name.trim() : "";
    const identifier = typeof attrs.identifier === "string" ? attrs.identifier.trim() : "";
    if (!name || !identifier) return;
    const entry: RegisterEntry = { name, identifier, role: registerRole(attrs.role as PersonRole) };
    if (typeof attrs.pronouns === "string" && attrs.pronouns) entry.pronouns = attrs.pronouns;
    // "Write about this person in gender-neutral language" is what TONE-006 checks.
    if (attrs.genderNeutral !== false) entry.identifiableByGender = true;
    if (typeof attrs.status === "string" && attrs.status) entry.status = attrs.status;
    if (typeof attrs.region === "string" && attrs.region) entry.region = attrs.region;
    out.push(entry);
  });
  return out;
}
