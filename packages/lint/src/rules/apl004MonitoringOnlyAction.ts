import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-004: the action is only audit, dip sampling or QA, with no recorded justification. */
export const apl004MonitoringOnlyAction: RowRule = {
  ids: ["APL-004"],
  run(row) {
    const monitoring = findPhrases(row.action, plan.monitoring);
    if (monitoring.length === 0) return [];
    if (findPhrases(row.action, plan.developmental).some((h) => !/^review of$/i.test(h.phrase))) return [];
    if (findPhrases(row.action, plan.monitoringJustification).length > 0) return [];
    return [
      fieldFinding(
        "APL-004",
        "warning",
        row,
        "action",
        "The action is only monitoring: add developmental activity, or record why monitoring alone is justified.",
      ),
    ];
  },
};
