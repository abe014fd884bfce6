import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { textFinding } from "../plan/textFinding.js";

const CATEGORIES = new Set(["Agreed", "Partly Agreed", "Not Agreed"]);

/** RESP-001: no category (error), or "Agreed in principle", which the categorisation table does not define (warning). */
export const resp001Category: FieldsRule<ResponseFields> = {
  ids: ["RESP-001"],
  run(rec) {
    if (!CATEGORIES.has(rec.category))
      return [
        textFinding(
          "RESP-001",
          "error",
          "recommendation",
          rec.recommendation,
          "Give the category: Agreed, Partly Agreed or Not Agreed.",
        ),
      ];
    if (rec.category === "Agreed" && rec.inPrinciple)
      return [
        textFinding(
          "RESP-001",
          "warning",
          "recommendation",
          rec.recommendation,
          '"Agreed in principle" is not defined in the categorisation table: confirm that it counts as Agreed.',
        ),
      ];
    return [];
  },
};
