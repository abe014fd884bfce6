import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { responseText } from "../plan/responseText.js";
import { textFinding } from "../plan/textFinding.js";

const PART =
  /\b(?:the\s+)?(?:part|parts|element|elements|aspect|aspects)\s+(?:of\s+(?:the|this)\s+recommendation\s+)?(?:that|which|relating|related|concerning|on|about|we|HMPPS|will)\b|\bwill\s+(?:implement|deliver|take\s+forward|accept)\b|\bagree[sd]?\s+(?:to|with\s+the\s+(?:part|element|aspect))\b/i;

/** RESP-003: Partly Agreed without a sentence saying which part will be implemented (categorisation table). */
export const resp003WhichPart: FieldsRule<ResponseFields> = {
  ids: ["RESP-003"],
  run(rec) {
    if (rec.category !== "Partly Agreed") return [];
    const { text, field, fieldText } = responseText(rec);
    if (PART.test(text)) return [];
    return [
      textFinding(
        "RESP-003",
        "warning",
        field,
        fieldText,
        "Partly Agreed: say clearly which part of the recommendation will be implemented.",
      ),
    ];
  },
};
