import type { EntryFields } from "../plan/EntryFields.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import { judg002DeficitWithoutImpact } from "./judg002DeficitWithoutImpact.js";
import { judg003NoJudgement } from "./judg003NoJudgement.js";
import { judg004NoUnderlyingReason } from "./judg004NoUnderlyingReason.js";
import { judg007LearningNotAddressed } from "./judg007LearningNotAddressed.js";
import { judg009SourceNotStated } from "./judg009SourceNotStated.js";
import { pii019NfdWithoutSummary } from "./pii019NfdWithoutSummary.js";

/** Per-entry judgement checks over the columns of one analysis entry (DOMAIN.md §4.6). */
export const entryRules: readonly FieldsRule<EntryFields>[] = [
  judg002DeficitWithoutImpact,
  judg003NoJudgement,
  judg004NoUnderlyingReason,
  judg007LearningNotAddressed,
  judg009SourceNotStated,
  pii019NfdWithoutSummary,
];
