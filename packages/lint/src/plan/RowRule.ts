import type { Finding } from "../Finding.js";
import type { RuleContext } from "../engine/RuleContext.js";
import type { LearningRowFields } from "./LearningRowFields.js";

/** A rule over one learning row; findings name the `field` and hold offsets into that field's text. */
export interface RowRule {
  ids: readonly string[];
  run(row: LearningRowFields, ctx: RuleContext): Finding[];
}
