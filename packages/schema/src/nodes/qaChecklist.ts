import { createAtomNode } from "./createAtomNode.js";
import { createContainerNode } from "./createContainerNode.js";

/**
 * Answers to the Appendix 4 checklist. The questions are configuration (`qaChecklists`,
 * by version); the document holds one `checklistItem` per answered item, so two people can
 * answer different items at the same time without overwriting each other.
 */
export const ChecklistAnswers = createContainerNode({
  name: "checklistAnswers",
  title: "Internal QA and countersigning checklist",
  content: "checklistItem*",
  attrs: "checklistAnswers",
});
export const ChecklistItem = createAtomNode({ name: "checklistItem", title: "Checklist answer" });

/** A signature block: internal QA, factual accuracy check or countersignature. */
export const SignOff = createAtomNode({ name: "signOff", title: "Sign-off" });

export const qaChecklistNodes = [ChecklistAnswers, ChecklistItem, SignOff];
