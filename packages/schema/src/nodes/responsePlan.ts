import { createAtomNode } from "./createAtomNode.js";
import { createCellNode } from "./createCellNode.js";
import { createContainerNode } from "./createContainerNode.js";

/** The exact column headings of the published table (DOMAIN.md §2.7). */
export const responsePlanColumns = [
  "1. Rec No",
  "2. Recommendation",
  "3. Agreed/ Partly Agreed/ Not Agreed",
  "4. Response Action Taken/Planned",
  "5. Responsible Owner",
  "6. Target Date",
] as const;

/** "Action Plan Submitted", "A Response to", "Report Published", and the addressee lead-in. */
export const ResponsePlanHeader = createAtomNode({ name: "responsePlanHeader", title: "Action plan" });

export const ResponseIntroduction = createContainerNode({
  name: "responseIntroduction",
  title: "Introduction",
  content: "paragraph+",
});

export const RecommendationText = createCellNode({
  name: "recommendationText",
  title: "Recommendation",
  content: "paragraph+",
});

/** One step of the response, with its own owners (job titles) and target date. */
export const ResponseAction = createContainerNode({
  name: "responseAction",
  content: "paragraph+",
  attrs: "responseAction",
});

/** A row that only explains the categorisation, with no owner or date (000_…, Rec 7 and 8). */
export const ResponseExplanation = createContainerNode({ name: "responseExplanation", content: "paragraph+" });

/** A numbered recommendation: its text, then one or more action or explanation rows. */
export const ResponseRecommendation = createContainerNode({
  name: "responseRecommendation",
  content: "recommendationText (responseAction | responseExplanation)+",
  attrs: "responseRecommendation",
});

export const responsePlanNodes = [
  ResponsePlanHeader,
  ResponseIntroduction,
  ResponseRecommendation,
  RecommendationText,
  ResponseAction,
  ResponseExplanation,
];
