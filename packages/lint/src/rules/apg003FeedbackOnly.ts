import type { FieldsRule } from "../plan/FieldsRule.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { textFinding } from "../plan/textFinding.js";

const FEEDBACK =
  /\b(?:feedback\s+(?:to\s+be\s+)?(?:given\s+)?to|give\s+feedback\s+to|feed\s+back\s+to|(?:to\s+be\s+)?(?:thanked|commended|praised|congratulated)|letter\s+of\s+(?:recognition|thanks)|thank\s+(?:PP|SPO)\d*)\b/i;
const WIDER =
  /\b(?:team(?:\s+meeting)?|teams|brief(?:ing)?|all\s+staff|practitioners|newsletter|workshop|practice\s+forum|learning\s+event|PDU[-\s]wide|across|share[ds]?\b(?!\s+with\s+(?:PP|SPO)\d))/i;

/** APG-003: the sharing action is only feedback or thanks to the individual (003 §3.4.3). */
export const apg003FeedbackOnly: FieldsRule<GoodPracticeRowFields> = {
  ids: ["APG-003"],
  run(row) {
    const m = FEEDBACK.exec(row.action);
    if (!m || WIDER.test(row.action)) return [];
    return [
      textFinding(
        "APG-003",
        "warning",
        "action",
        row.action,
        "Feedback to the practitioner belongs in the review process: share the practice with the wider team or PDU.",
        { from: m.index, to: m.index + m[0].length },
      ),
    ];
  },
};
