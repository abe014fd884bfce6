import type { FieldsRule } from "../plan/FieldsRule.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";
import { upd002OutstandingWithoutTimescale } from "./upd002OutstandingWithoutTimescale.js";
import { upd003CompletionWithoutImpact } from "./upd003CompletionWithoutImpact.js";
import { upd004NoChangeWithoutActivity } from "./upd004NoChangeWithoutActivity.js";

/** Every rule over one row of the action plan update (DOMAIN.md §4.10); UPD-001 is plan-level. */
export const updateRules: readonly FieldsRule<UpdateRowFields>[] = [
  upd002OutstandingWithoutTimescale,
  upd003CompletionWithoutImpact,
  upd004NoChangeWithoutActivity,
];
