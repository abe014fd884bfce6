import { countDates } from "../plan/countDates.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import { textFinding } from "../plan/textFinding.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";

const OUTSTANDING =
  /\b(?:outstanding|not\s+(?:yet\s+)?(?:started|complete[d]?|delivered)|in\s+progress|delayed|partly\s+complete)\b/i;
const REASON =
  /\b(?:because|due\s+to|as\s+(?:a\s+result|SPO|PP|the)|on\s+(?:long[-\s]term\s+)?leave|absen\w+|sick\w*|vacan\w+|left|moved|awaiting|delayed\s+by|until)\b|:\s*\S/i;

/** UPD-002: an outstanding action without an expected timescale or a reason (003 §6). */
export const upd002OutstandingWithoutTimescale: FieldsRule<UpdateRowFields> = {
  ids: ["UPD-002"],
  run(row) {
    const text = [row.progress, row.measurement, row.impact, row.nextSteps].join("\n");
    const outstanding =
      row.status === "Outstanding" || row.status === "Partly complete" || (!row.status && OUTSTANDING.test(text));
    if (!outstanding) return [];
    const dated = row.revisedDate !== null || countDates(text) > 0;
    const reasoned = REASON.test(text.replace(/^\s*outstanding\s*[.:]?\s*$/i, ""));
    if (dated && reasoned) return [];
    const field = row.nextSteps.trim() ? "nextSteps" : "progress";
    return [
      textFinding(
        "UPD-002",
        "error",
        field,
        row[field],
        `Outstanding action: give ${dated ? "the reason" : reasoned ? "the expected timescale" : "the reason and the expected timescale"}.`,
      ),
    ];
  },
};
