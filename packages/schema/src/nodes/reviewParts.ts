import { createAtomNode } from "./createAtomNode.js";
import { createContainerNode } from "./createContainerNode.js";

/** Who was interviewed, and who could not be and why (Appendix 4, A2; DOMAIN.md §2.1.3). */
export const IntervieweeTable = createContainerNode({
  name: "intervieweeTable",
  title: "Staff interviewed",
  content: "interviewee*",
});
export const Interviewee = createAtomNode({ name: "interviewee", title: "Interviewee" });

/** A record the reviewing manager examined, or could not obtain (003_953444ce864c2fe1.txt §4). */
export const RecordExamined = createAtomNode({ name: "recordExamined", title: "Record examined" });

/** Local guidance that informed the review and is not nationally issued (§4). */
export const LocalGuidanceItem = createAtomNode({ name: "localGuidanceItem", title: "Local guidance" });

export const reviewPartNodes = [IntervieweeTable, Interviewee, RecordExamined, LocalGuidanceItem];
