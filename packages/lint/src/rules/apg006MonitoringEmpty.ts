import type { FieldsRule } from "../plan/FieldsRule.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { textFinding } from "../plan/textFinding.js";

/** APG-006: the monitoring column is empty or "N/A" (info: the column is "where applicable"). */
export const apg006MonitoringEmpty: FieldsRule<GoodPracticeRowFields> = {
  ids: ["APG-006"],
  run(row) {
    const text = row.monitoring.trim();
    if (text && !/^(?:n\/?a|none|-+)\.?$/i.test(text)) return [];
    return [
      textFinding(
        "APG-006",
        "info",
        "monitoring",
        row.monitoring,
        "Say how the sharing will be monitored, e.g. a discussion in supervision confirming it happened.",
      ),
    ];
  },
};
