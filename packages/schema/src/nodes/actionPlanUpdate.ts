import { createAtomNode } from "./createAtomNode.js";
import { createCellNode } from "./createCellNode.js";
import { createContainerNode } from "./createContainerNode.js";

/**
 * Columns of one progress row of the action plan update (DOMAIN.md §2.3). The exact Annex E
 * part 2 headings are not in the seeds; these follow the inferred fields.
 */
export const updateColumns = [
  { name: "updateProgress", title: "Actions taken, with evidence" },
  { name: "updateMeasurement", title: "Result of the measurement" },
  { name: "updateImpact", title: "Impact on practice" },
  { name: "updateStatus", title: "Status and revised date" },
  { name: "updateNextSteps", title: "Reason if outstanding, and further activity" },
] as const;

export const UpdateProgress = createCellNode({ ...updateColumns[0], content: "paragraph+" });
export const UpdateMeasurement = createCellNode({ ...updateColumns[1], content: "paragraph+" });
export const UpdateImpact = createCellNode({ ...updateColumns[2], content: "paragraph+" });
export const UpdateStatus = createAtomNode({ name: "updateStatus", title: updateColumns[3].title });
export const UpdateNextSteps = createCellNode({ ...updateColumns[4], content: "paragraph+" });

/** Progress on one plan row; `planRowId` names the learning or good practice row it reports on. */
export const UpdateRow = createContainerNode({
  name: "updateRow",
  content: updateColumns.map((column) => column.name).join(" "),
  attrs: "updateRow",
});

/** The second part of the action plan: progress against every objective, due at six months (§6). */
export const ActionPlanUpdate = createContainerNode({
  name: "actionPlanUpdate",
  title: "Action plan update",
  content: "updateRow*",
  attrs: "actionPlanUpdate",
});

export const actionPlanUpdateNodes = [
  ActionPlanUpdate,
  UpdateRow,
  UpdateProgress,
  UpdateMeasurement,
  UpdateImpact,
  UpdateStatus,
  UpdateNextSteps,
];
