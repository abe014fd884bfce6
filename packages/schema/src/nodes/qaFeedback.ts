import { createAtomNode } from "./createAtomNode.js";
import { createContainerNode } from "./createContainerNode.js";

/** Who assured the review, when, and the context that decides resubmission (DOMAIN.md §2.6). */
export const QaDetails = createAtomNode({ name: "qaDetails", title: "Quality assurance" });

/** One of the four standards: its rating in attributes, the narrative as text. */
export const QaStandard = createContainerNode({ name: "qaStandard", content: "paragraph+", attrs: "qaStandard" });

export const QaDisclosureComments = createContainerNode({
  name: "qaDisclosureComments",
  title: "Redaction and disclosure comments",
  content: "paragraph+",
});

/** The decision and return date as the QA body wrote them; `assessQa` gives the expected ones. */
export const QaDecision = createAtomNode({ name: "qaDecision", title: "Decision" });

export const qaFeedbackNodes = [QaDetails, QaStandard, QaDisclosureComments, QaDecision];
