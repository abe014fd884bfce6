import { createAtomNode } from "./createAtomNode.js";
import { createContainerNode } from "./createContainerNode.js";

/**
 * The case container lives inside each case document rather than beside it: a `caseRecord`
 * atom (attributes checked by `caseRecordSchema`) and a `peopleRegister` of `person` atoms
 * (`personSchema`) open every document kind about a case. They sync through the same Yjs
 * fragment as the text, the linters read the register straight from the document (owner
 * identifiers, names typed in the text), and validation checks owners against it. Both are
 * restricted data: `toShareableJson` drops the register and the reference with the surname.
 */
export const CaseRecord = createAtomNode({ name: "caseRecord", title: "Case record" });

/** One person of the case: real name, the identifier the text uses, role, pronouns, status. */
export const Person = createAtomNode({ name: "person", title: "Person" });

/** The people register: real name ↔ identifier (DOMAIN.md §2.0). Never shared. */
export const PeopleRegister = createContainerNode({
  name: "peopleRegister",
  title: "People register",
  content: "person*",
});
