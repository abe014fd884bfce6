import type { FieldsRule } from "../plan/FieldsRule.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { apg001VagueObjective } from "./apg001VagueObjective.js";
import { apg002SharedWith } from "./apg002SharedWith.js";
import { apg003FeedbackOnly } from "./apg003FeedbackOnly.js";
import { apg004ExpectedPractice } from "./apg004ExpectedPractice.js";
import { apg005OwnersIncomplete } from "./apg005OwnersIncomplete.js";
import { apg006MonitoringEmpty } from "./apg006MonitoringEmpty.js";
import { apg007DateVague } from "./apg007DateVague.js";

/** Every rule over one good practice row (DOMAIN.md §4.9). */
export const goodPracticeRules: readonly FieldsRule<GoodPracticeRowFields>[] = [
  apg001VagueObjective,
  apg002SharedWith,
  apg003FeedbackOnly,
  apg004ExpectedPractice,
  apg005OwnersIncomplete,
  apg006MonitoringEmpty,
  apg007DateVague,
];
