import type { FieldsRule } from "../plan/FieldsRule.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { textFinding } from "../plan/textFinding.js";

const SPECIFIC = /\b(?:by\s+sharing|including|such\s+as|in\s+particular|namely|for\s+example|focus(?:ed)?\s+on)\b|:/i;
const MIN_WORDS = 12;

/** APG-001: a good-practice objective that does not name the specific practice, or is under about 12 words (002). */
export const apg001VagueObjective: FieldsRule<GoodPracticeRowFields> = {
  ids: ["APG-001"],
  run(row) {
    const text = row.objective.trim();
    if (!text) return [textFinding("APG-001", "warning", "objective", row.objective, "Describe the good practice.")];
    const words = text.split(/\s+/).length;
    if (words >= MIN_WORDS && SPECIFIC.test(text)) return [];
    return [
      textFinding(
        "APG-001",
        "warning",
        "objective",
        row.objective,
        'Name the specific practice and how it will be shared ("… by sharing PP3\'s approach to …, including …").',
      ),
    ];
  },
};
