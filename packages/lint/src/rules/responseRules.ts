import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp001Category } from "./resp001Category.js";
import { resp002ReasonCategory } from "./resp002ReasonCategory.js";
import { resp003WhichPart } from "./resp003WhichPart.js";
import { resp004NoOwnedAction } from "./resp004NoOwnedAction.js";
import { resp005OwnerRole } from "./resp005OwnerRole.js";
import { resp006TargetDate } from "./resp006TargetDate.js";
import { resp007Misaligned } from "./resp007Misaligned.js";
import { resp008VagueCommitment } from "./resp008VagueCommitment.js";
import { resp011RepeatRecommendation } from "./resp011RepeatRecommendation.js";

/** Every rule over one recommendation of a response plan (DOMAIN.md §4.11); RESP-009 is plan-level. */
export const responseRules: readonly FieldsRule<ResponseFields>[] = [
  resp001Category,
  resp002ReasonCategory,
  resp003WhichPart,
  resp004NoOwnedAction,
  resp005OwnerRole,
  resp006TargetDate,
  resp007Misaligned,
  resp008VagueCommitment,
  resp011RepeatRecommendation,
];
