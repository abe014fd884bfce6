import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { textFinding } from "../plan/textFinding.js";

/** RESP-004: Agreed or Partly Agreed with no action row that has both an owner and a target date (Introduction). */
export const resp004NoOwnedAction: FieldsRule<ResponseFields> = {
  ids: ["RESP-004"],
  run(rec) {
    if (rec.category !== "Agreed" && rec.category !== "Partly Agreed") return [];
    if (rec.actions.some((a) => a.owners.some((o) => o.trim()) && (a.targetDate || a.targetText.trim()))) return [];
    const action = rec.actions[0];
    return [
      action
        ? textFinding("RESP-004", "error", action.field, "", "Give this action an owner and a target date.")
        : textFinding(
            "RESP-004",
            "error",
            "recommendation",
            rec.recommendation,
            "Add an action with an owner and a target date.",
          ),
    ];
  },
};
