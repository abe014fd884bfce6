import type { FieldsRule } from "../plan/FieldsRule.js";
import type { RedactionEntryFields } from "../plan/RedactionEntryFields.js";
import { pii021RedactionLog } from "./pii021RedactionLog.js";

/** Per-entry checks of the redaction log (DOMAIN.md §2.4, PII-021). */
export const redactionRules: readonly FieldsRule<RedactionEntryFields>[] = [pii021RedactionLog];
