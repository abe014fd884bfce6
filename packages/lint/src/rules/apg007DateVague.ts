import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { countDates } from "../plan/countDates.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { textFinding } from "../plan/textFinding.js";

/** APG-007: the date for completion is missing or only vague words, as APL-013 (002 "Date for completion of action"). */
export const apg007DateVague: FieldsRule<GoodPracticeRowFields> = {
  ids: ["APG-007"],
  run(row) {
    if (row.actionDate || row.measureDate || countDates(row.date) > 0) return [];
    const vague = findPhrases(row.date, plan.vagueDates)[0];
    return [
      textFinding(
        "APG-007",
        "warning",
        "date",
        row.date,
        row.date.trim()
          ? 'The date is vague: give specific dates ("by 30/11/2025").'
          : "Give a date for sharing the practice.",
        vague,
      ),
    ];
  },
};
