import type { DocumentOutline } from "../engine/DocumentOutline.js";
import type { BlockResult } from "../engine/lintBlock.js";
import type { CompiledContext } from "../engine/RuleContext.js";
import type { RowVisit } from "../engine/RowVisit.js";
import type { Finding } from "../Finding.js";

/**
 * A finding of a plan-level rule: on a field of a row, at offsets in a block's text, or on a
 * structural node of the outline (the node itself when it holds no text, else its first textblock).
 */
export type PlanFinding = Finding & ({ row: number } | { block: number } | { node: number });

/** What plan-level rules read: every row in document order and every block's cached facts. */
export interface PlanInput {
  rows: readonly RowVisit[];
  blocks: readonly BlockResult[];
  /** Sections, tables and header atoms of the document (STR, RESP-010, UPD-005); absent in row-only runs. */
  outline?: DocumentOutline;
}

/** A rule across rows of the plan, the update and the review (APL-019, APL-026, UPD-001, RESP-009 …). */
export interface PlanRule {
  ids: readonly string[];
  run(input: PlanInput, ctx: CompiledContext): PlanFinding[];
}
