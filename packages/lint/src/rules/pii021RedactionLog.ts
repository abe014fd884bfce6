import type { FieldsRule } from "../plan/FieldsRule.js";
import type { RedactionEntryFields } from "../plan/RedactionEntryFields.js";
import { redactionEntryGaps } from "../plan/redactionEntryGaps.js";
import { textFinding } from "../plan/textFinding.js";

/** PII-021: a redaction log entry without arguments for and against, a decision or senior manager sign-off. */
export const pii021RedactionLog: FieldsRule<RedactionEntryFields> = {
  ids: ["PII-021"],
  run(entry) {
    return redactionEntryGaps(entry).map((gap) =>
      textFinding("PII-021", "error", gap.field, entry[gap.field], gap.message),
    );
  },
};
