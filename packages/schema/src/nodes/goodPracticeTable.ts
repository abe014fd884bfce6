import { createAtomNode } from "./createAtomNode.js";
import { createCellNode } from "./createCellNode.js";
import { createContainerNode } from "./createContainerNode.js";

/** The six columns of the good practice table, with the example-table headings (DOMAIN.md §2.2.1). */
export const goodPracticeColumns = [
  { name: "goodPracticeObjective", title: "Good practice (outcome focused objective)" },
  { name: "goodPracticeSharedWith", title: "Who it will be shared with" },
  { name: "goodPracticeAction", title: "Action to share good practice" },
  {
    name: "goodPracticeMonitoring",
    title: "How sharing of practice will be monitored and reviewed (where applicable)",
  },
  { name: "goodPracticeOwners", title: "Owner" },
  { name: "goodPracticeDates", title: "Date for completion" },
] as const;

export const GoodPracticeObjective = createCellNode({ ...goodPracticeColumns[0], content: "paragraph+" });
export const GoodPracticeSharedWith = createAtomNode({
  name: "goodPracticeSharedWith",
  title: goodPracticeColumns[1].title,
});
export const GoodPracticeAction = createCellNode({ ...goodPracticeColumns[2], content: "paragraph+" });
export const GoodPracticeMonitoring = createCellNode({ ...goodPracticeColumns[3], content: "paragraph+" });
/** Owners: the person sharing and the person monitoring delivery (APG-005), as register identifiers. */
export const GoodPracticeOwners = createAtomNode({ name: "goodPracticeOwners", title: goodPracticeColumns[4].title });
/** `actionDate` is the sharing date, `measureDate` the monitoring discussion (APG-007). */
export const GoodPracticeDates = createAtomNode({ name: "goodPracticeDates", title: goodPracticeColumns[5].title });

/** One piece of good practice: exactly the six cells, in order. */
export const GoodPracticeRow = createContainerNode({
  name: "goodPracticeRow",
  content: goodPracticeColumns.map((column) => column.name).join(" "),
  attrs: "goodPracticeRow",
});

export const GoodPracticeTable = createContainerNode({
  name: "goodPracticeTable",
  title: "Good practice",
  content: "goodPracticeRow*",
});

export const goodPracticeNodes = [
  GoodPracticeTable,
  GoodPracticeRow,
  GoodPracticeObjective,
  GoodPracticeSharedWith,
  GoodPracticeAction,
  GoodPracticeMonitoring,
  GoodPracticeOwners,
  GoodPracticeDates,
];
