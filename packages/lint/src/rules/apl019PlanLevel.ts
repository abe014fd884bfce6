import { learningFields } from "../plan/lintRow.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";
import { apl019IndividualOnlyPlan } from "./apl019IndividualOnlyPlan.js";

/** APL-019 and APL-020 over the learning rows of the document and the review's facts. */
export const apl019PlanLevel: PlanRule = {
  ids: ["APL-019", "APL-020"],
  run({ rows, blocks }) {
    const learning: number[] = [];
    rows.forEach((row, index) => {
      if (row.kind === "learning") learning.push(index);
    });
    if (learning.length === 0) return [];
    const organisation = blocks.some((b) => b.facts.organisation);
    return apl019IndividualOnlyPlan(
      learning.map((i) => learningFields(rows[i]!)),
      organisation,
    ).map((f): PlanFinding => ({ ...f, row: learning[f.row]! }));
  },
};
