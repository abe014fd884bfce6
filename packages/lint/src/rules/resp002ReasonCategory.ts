import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { responseText } from "../plan/responseText.js";
import { textFinding } from "../plan/textFinding.js";
import type { Finding } from "../Finding.js";

const REASON =
  /\b(commissioning|policy|operational|affordability)\s+(?:and\s+\w+\s+)?reasons?\b|\breasons?\s+of\s+(commissioning|policy|operational|affordability)\b|\bfor\s+(?:\w+\s+and\s+)?(commissioning|policy|operational|affordability)\b/i;
const OTHER = /\b(capacity|resourcing|resources|workload)\b(?=[^.]{0,30}\breasons?\b)/i;

/**
 * RESP-002: Partly Agreed or Not Agreed with no reason from commissioning, policy, operational
 * or affordability, in the attributes or the response text (error); another reason such as
 * "capacity" is not one of the four (info).
 */
export const resp002ReasonCategory: FieldsRule<ResponseFields> = {
  ids: ["RESP-002"],
  run(rec) {
    if (rec.category !== "Partly Agreed" && rec.category !== "Not Agreed") return [];
    const { text, field, fieldText } = responseText(rec);
    const out: Finding[] = [];
    const other = OTHER.exec(fieldText);
    if (other)
      out.push(
        textFinding(
          "RESP-002",
          "info",
          field,
          fieldText,
          `"${other[1]}" is not one of the four reason categories (commissioning, policy, operational, affordability).`,
          { from: other.index, to: other.index + other[0].length },
        ),
      );
    if (rec.reasonCategories.length > 0 || REASON.test(text)) return out;
    out.push(
      textFinding(
        "RESP-002",
        "error",
        field,
        fieldText,
        `${rec.category}: state whether this is for commissioning, policy, operational or affordability reasons.`,
      ),
    );
    return out;
  },
};
