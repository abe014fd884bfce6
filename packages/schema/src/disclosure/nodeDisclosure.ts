import { Extension } from "@tiptap/core";

/**
 * How far a node's content may travel (DOMAIN.md §2.4, §7.1):
 * - `restricted`: internal copy only; removed from any shareable copy;
 * - `internal`: a whole document kind that is never shared with victims or families.
 * Node types not listed are `shareable` (subject to redaction of their text).
 */
export type Disclosure = "shareable" | "restricted" | "internal";

export const nodeDisclosure: Readonly<Record<string, Disclosure>> = {
  peopleRegister: "restricted",
  person: "restricted",
  /** Removed entirely before sharing (003_953444ce864c2fe1.txt §7.2). */
  entryNotForDisclosure: "restricted",
  qaFeedback: "internal",
  qaChecklist: "internal",
  redactionLog: "internal",
};

/** Node types whose content never leaves the internal copy. */
export const restrictedNodeTypes: readonly string[] = Object.keys(nodeDisclosure).filter(
  (name) => nodeDisclosure[name] === "restricted",
);

/** Attributes that hold names: the SFO reference contains the surname (§2.3; PII-012). */
export const restrictedAttributes: Readonly<Record<string, readonly string[]>> = {
  caseRecord: ["sfoReference"],
  person: ["name"],
};

/**
 * Adds `disclosure` to every node spec, so linters and exporters can read
 * `node.type.spec.disclosure` without a table of their own.
 */
export const DisclosureSpec = Extension.create({
  name: "sfoDisclosure",
  extendNodeSchema(extension) {
    return { disclosure: nodeDisclosure[extension.name] ?? "shareable" };
  },
});
