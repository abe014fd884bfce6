import type { BlockResult } from "../engine/lintBlock.js";
import type { CompiledContext } from "../engine/RuleContext.js";
import type { RowVisit } from "../engine/RowVisit.js";
import type { Finding } from "../Finding.js";

/** A finding of a plan-level rule: on a field of a row, or at offsets in a block's text. */
export type PlanFinding = Finding & ({ row: number } | { block: number });

/** What plan-level rules read: every row in document order and every block's cached facts. */
export interface PlanInput {
  rows: readonly RowVisit[];
  blocks: readonly BlockResult[];
}

/** A rule across rows of the plan, the update and the review (APL-019, APL-026, UPD-001, RESP-009 …). */
export interface PlanRule {
  ids: readonly string[];
  run(input: PlanInput, ctx: CompiledContext): PlanFinding[];
}
