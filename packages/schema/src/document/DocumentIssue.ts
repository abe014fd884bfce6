/**
 * One problem found in a document, in the same shape as a lint finding: a rule code, the
 * JSON path of the node (or attribute) concerned, and a readable location for people.
 */
export interface DocumentIssue {
  rule: string;
  severity: "error";
  path: (string | number)[];
  message: string;
  /** e.g. "actionPlan > learningTable > row 1 > learningWhoFor"; empty for the document itself. */
  location?: string;
}
