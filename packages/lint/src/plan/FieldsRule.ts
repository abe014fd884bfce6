import type { RuleContext } from "../engine/RuleContext.js";
import type { Finding } from "../Finding.js";

/** A rule over one row of a kind other than the learning table; findings name a field of `F`. */
export interface FieldsRule<F> {
  ids: readonly string[];
  run(row: F, ctx: RuleContext): Finding[];
}
