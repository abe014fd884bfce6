import type { FieldsRule } from "../plan/FieldsRule.js";
import { textFinding } from "../plan/textFinding.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";

const BARE =
  /^(?:(?:action|all actions|training|briefing|session|sessions|audit)\s+)?(?:completed?|done|finished|achieved|attended|delivered|training attended|briefing delivered|in place)\.?$/i;
const IMPACT =
  /\b(?:impact|as a result|this (?:has )?(?:meant|means|showed|shows)|now\s+\w+|improv\w+|\d+\s*\/\s*\d+|\d+\s+of\s+\d+|\d+%|found|showed|evidenced|evidence of|no longer|routinely|changed?)\b/i;

/** UPD-003: the update records completion ("Completed", "Training attended") with no audit result or impact (002; 003 §6). */
export const upd003CompletionWithoutImpact: FieldsRule<UpdateRowFields> = {
  ids: ["UPD-003"],
  run(row) {
    const progress = row.progress.trim();
    const rest = `${row.measurement}\n${row.impact}`.trim();
    const bareProgress = BARE.test(progress) || (row.status === "Complete" && !IMPACT.test(progress));
    if (!bareProgress || IMPACT.test(rest)) return [];
    if (!progress && row.status !== "Complete") return [];
    return [
      textFinding(
        "UPD-003",
        "warning",
        "progress",
        row.progress,
        "Completion alone is not progress: give the result of the audit and the impact on practice.",
      ),
    ];
  },
};
