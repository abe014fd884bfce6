import type { Finding } from "../Finding.js";
import type { TextBlock } from "../text/TextBlock.js";
import type { RuleContext } from "./RuleContext.js";

/** A rule over one textblock: pure, offsets relative to the block text. */
export interface BlockRule {
  /** The rule ids it can emit; the first names it in LINT-INTERNAL findings. */
  ids: readonly string[];
  run(block: TextBlock, ctx: RuleContext): Finding[];
}
