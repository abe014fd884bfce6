import type { PmNodeJson } from "./pmNode.schema.js";

export type JsonPath = (string | number)[];

export interface VisitedNode {
  node: PmNodeJson;
  path: JsonPath;
  /** Readable location, e.g. "actionPlan > learningTable > row 1 > learningWhoFor". */
  location: string;
}

/** Node types listed as numbered items, with the word used in locations. */
const numberedTypes: Readonly<Record<string, string>> = {
  learningRow: "row",
  goodPracticeRow: "row",
  updateRow: "row",
  analysisEntry: "entry",
  person: "person",
  interviewee: "interviewee",
  glossaryEntry: "glossary entry",
  recordExamined: "record",
  localGuidanceItem: "guidance item",
  checklistItem: "answer",
  signOff: "sign-off",
  redactionEntry: "entry",
  responseRecommendation: "recommendation",
  responseAction: "action",
  responseExplanation: "explanation",
  paragraph: "paragraph",
};

/** The document kind roots are left out of locations: the kind is clear from the document. */
export const unlabelledTypes: ReadonlySet<string> = new Set([
  "doc",
  "review",
  "actionPlanDocument",
  "qaFeedback",
  "qaChecklist",
  "redactionLog",
  "responsePlan",
]);

/** How a node appears in a location: "row 2", "analysisStage (planning)", "summary". */
export function nodeLabel(node: PmNodeJson, ordinal: number): string {
  if (node.type === "analysisStage" || node.type === "qaStandard") {
    const key = node.type === "analysisStage" ? "stage" : "standard";
    const value = node.attrs?.[key];
    return typeof value === "string" ? `${node.type} (${value})` : node.type;
  }
  const word = numberedTypes[node.type];
  return word ? `${word} ${ordinal}` : node.type;
}

/** Calls `visit` for every node of a ProseMirror JSON tree, depth first, with its path and location. */
export function visitJson(root: PmNodeJson, visit: (visited: VisitedNode) => void): void {
  const walk = (node: PmNodeJson, path: JsonPath, trail: string[]) => {
    visit({ node, path, location: trail.join(" > ") });
    const counts = new Map<string, number>();
    node.content?.forEach((child, index) => {
      const ordinal = (counts.get(child.type) ?? 0) + 1;
      counts.set(child.type, ordinal);
      const childTrail = unlabelledTypes.has(child.type) ? trail : [...trail, nodeLabel(child, ordinal)];
      walk(child, [...path, "content", index], childTrail);
    });
  };
  walk(root, [], []);
}
