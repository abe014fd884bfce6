import { Node } from "@tiptap/core";
import { createContainerNode } from "./createContainerNode.js";
import { reviewSectionSpecs } from "./reviewSections.js";

const caseHeader = "caseRecord peopleRegister";

/** An SFO review (Annex D): case record and register, its sections in a fixed order, then the action plan. */
export const Review = Node.create({
  name: "review",
  content: `${caseHeader} ${reviewSectionSpecs.map((section) => section.name).join(" ")} actionPlan`,
  defining: true,
  parseHTML() {
    return [{ tag: "article[data-review]" }];
  },
  renderHTML() {
    return ["article", { "data-review": "", class: "sfo-review" }, 0];
  },
});

/** A standalone action plan (Annex E) with its update, the second part of the same template (§2.3). */
export const ActionPlanDocument = createContainerNode({
  name: "actionPlanDocument",
  content: `${caseHeader} actionPlan actionPlanUpdate`,
});

/** External QA feedback on a review: four rated standards and the decision (DOMAIN.md §2.6). */
export const QaFeedback = createContainerNode({
  name: "qaFeedback",
  content: `${caseHeader} qaDetails qaStandard{4} qaDisclosureComments qaDecision`,
});

/** Internal QA and countersigning checklist answers with the sign-off blocks (DOMAIN.md §2.5). */
export const QaChecklist = createContainerNode({
  name: "qaChecklist",
  content: `${caseHeader} checklistAnswers signOff*`,
});

/** The redaction log (Annex I): every decision to withhold, for senior manager sign-off (DOMAIN.md §2.4). */
export const RedactionLog = createContainerNode({
  name: "redactionLog",
  content: `${caseHeader} sharingRequest redactionEntry*`,
});

/** HMPPS response to inspectorate recommendations (DOMAIN.md §2.7). Not about one case: no register. */
export const ResponsePlan = createContainerNode({
  name: "responsePlan",
  content: "responsePlanHeader responseIntroduction responseRecommendation*",
});

/** Document kinds, with the node type at the root of each (the child of `doc`). */
export const documentKinds = {
  review: "review",
  "action-plan": "actionPlanDocument",
  "qa-feedback": "qaFeedback",
  "qa-checklist": "qaChecklist",
  "redaction-log": "redactionLog",
  "response-plan": "responsePlan",
} as const;
export type DocumentKind = keyof typeof documentKinds;
export type DocumentKindNode = (typeof documentKinds)[DocumentKind];

/**
 * The ProseMirror top node: exactly one document of one kind. A review comes first, so an
 * empty editor (createAndFill) still starts as a review, as in schema version 1.
 */
export const SfoDocument = Node.create({
  name: "doc",
  topNode: true,
  content: Object.values(documentKinds).join(" | "),
});

export const documentKindNodes = [ActionPlanDocument, QaFeedback, QaChecklist, RedactionLog, ResponsePlan];
