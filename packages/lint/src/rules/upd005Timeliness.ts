import { outlineIndices } from "../engine/DocumentOutline.js";
import { addMonths, daysBetween, formatIsoDate } from "../plan/isoDates.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

/** The update is due six months after the review is submitted (003 §6). */
const DUE_AFTER_MONTHS = 6;
/** [product] After four weeks the reminder says to involve the SFO lead (DOMAIN.md UPD-005 "escalating"). */
const ESCALATE_AFTER_DAYS = 28;

/**
 * UPD-005: the six-month action plan update has not been submitted and the due date (review
 * submission + 6 months) has passed. A reminder from `LintContext.today`, never the clock; it runs
 * only when the caller gives both `today` and `reviewSubmittedDate`. An update dated on or before
 * today counts as submitted; later updates (sequence 2 on) follow outstanding actions and have no fixed date.
 */
export const upd005Timeliness: PlanRule = {
  ids: ["UPD-005"],
  run({ outline }, ctx) {
    const { today, reviewSubmittedDate: submitted } = ctx;
    if (!outline || !today || !submitted) return [];
    const due = addMonths(submitted, DUE_AFTER_MONTHS);
    if (today <= due) return [];
    const out: PlanFinding[] = [];
    for (const index of outlineIndices(outline, "actionPlanUpdate")) {
      const { sequence, updateDate } = outline.nodes[index]!.attrs;
      if ((typeof sequence === "number" ? sequence : 1) !== 1) continue;
      if (typeof updateDate === "string" && updateDate && updateDate <= today) continue;
      const late = daysBetween(due, today);
      const escalate = late > ESCALATE_AFTER_DAYS ? " It is more than four weeks overdue: tell the SFO lead." : "";
      out.push(
        nodeFinding(
          "UPD-005",
          "info",
          index,
          `The six-month action plan update was due on ${formatIsoDate(due)} (the review was submitted on ${formatIsoDate(submitted)}) and has not been submitted to the HMPPS SFO Team.${escalate}`,
          "six-month update",
        ),
      );
    }
    return out;
  },
};
