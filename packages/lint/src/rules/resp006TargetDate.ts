import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { textFinding } from "../plan/textFinding.js";
import type { Finding } from "../Finding.js";

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const VALID = new RegExp(
  `^(?:(?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4}|Complete[d]?(?:\\s+and\\s+[\\w\\s]+)?|Commencing\\s+${MONTH}\\s+\\d{4}|(?:[\\w\\s]+\\s)?${MONTH}\\s+\\d{4}(?:[;,]?\\s*[\\w\\s]*${MONTH}\\s+\\d{4})*[\\w\\s]*)\\.?$`,
  "i",
);

/**
 * RESP-006: a target date that is not "Month YYYY", "DD Month YYYY", "Completed (and …)" or
 * "Commencing Month YYYY": corrupt or missing is an error ("h.m. 2005"); "Ongoing" alone is a warning.
 */
export const resp006TargetDate: FieldsRule<ResponseFields> = {
  ids: ["RESP-006"],
  run(rec) {
    const out: Finding[] = [];
    for (const action of rec.actions) {
      if (action.targetDate) continue;
      const text = action.targetText.trim();
      if (!text && !action.text.trim()) continue;
      if (/^ongoing\.?$/i.test(text))
        out.push(
          textFinding("RESP-006", "warning", action.field, "", '"Ongoing" is not time-bound: give a month and year.'),
        );
      else if (!text) out.push(textFinding("RESP-006", "error", action.field, "", "Give a target date (Month YYYY)."));
      else if (!VALID.test(text))
        out.push(
          textFinding(
            "RESP-006",
            "error",
            action.field,
            "",
            `Target date "${text}" is not a date: write "Month YYYY", "DD Month YYYY" or "Completed".`,
          ),
        );
    }
    return out;
  },
};
