import { createAtomNode } from "./createAtomNode.js";
import { createCellNode } from "./createCellNode.js";
import { createContainerNode } from "./createContainerNode.js";

/** The request that started the redaction work (DOMAIN.md §3.5). */
export const SharingRequest = createAtomNode({ name: "sharingRequest", title: "Sharing request" });

export const RedactionGist = createCellNode({
  name: "redactionGist",
  title: "Gist of what was removed",
  content: "paragraph+",
});
export const RedactionArgumentsFor = createCellNode({
  name: "redactionArgumentsFor",
  title: "Arguments for withholding",
  content: "paragraph+",
});
export const RedactionArgumentsAgainst = createCellNode({
  name: "redactionArgumentsAgainst",
  title: "Arguments against withholding",
  content: "paragraph+",
});

/** One redaction decision with its senior manager sign-off (Annex I; DOMAIN.md §2.4). */
export const RedactionEntry = createContainerNode({
  name: "redactionEntry",
  content: "redactionGist redactionArgumentsFor redactionArgumentsAgainst",
  attrs: "redactionEntry",
});

export const redactionLogNodes = [
  SharingRequest,
  RedactionEntry,
  RedactionGist,
  RedactionArgumentsFor,
  RedactionArgumentsAgainst,
];
