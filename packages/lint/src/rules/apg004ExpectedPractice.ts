import type { FieldsRule } from "../plan/FieldsRule.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { textFinding } from "../plan/textFinding.js";

const EXPECTED =
  /\b(?:in\s+line\s+with\s+(?:the\s+)?polic(?:y|ies)|as\s+required|within\s+(?:the\s+)?(?:required\s+)?timescales?|completed\s+on\s+time|met\s+(?:the\s+)?expected\s+standards?|appropriately|as\s+expected)\b/i;
const BEYOND =
  /\b(?:difficult|challenging|complex|innovat\w*|creative|responsive|same\s+day|on\s+the\s+day|emergency|beyond|above\s+and\s+beyond|exceptional|proactive\w*|despite|tenacious|persisten\w*|went\s+further)\b/i;

/** APG-004: expected practice presented as good practice, with nothing about difficulty or going beyond (003 §3.4.3; Appendix 4 D1). */
export const apg004ExpectedPractice: FieldsRule<GoodPracticeRowFields> = {
  ids: ["APG-004"],
  run(row) {
    const m = EXPECTED.exec(row.objective);
    if (!m || BEYOND.test(`${row.objective} ${row.action}`)) return [];
    return [
      textFinding(
        "APG-004",
        "warning",
        "objective",
        row.objective,
        "This reads as expected practice: include good practice only where it went beyond expectations or the circumstances were very difficult.",
        { from: m.index, to: m.index + m[0].length },
      ),
    ];
  },
};
