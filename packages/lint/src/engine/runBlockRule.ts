import type { Finding } from "../Finding.js";
import type { LintContext, Scope } from "../LintContext.js";
import { TextBlock } from "../text/TextBlock.js";
import type { BlockRule } from "./BlockRule.js";
import { compileContext } from "./RuleContext.js";

/** Runs one block rule on a text, as the engine would; for rule tests and tools. */
export function runBlockRule(
  rule: BlockRule,
  text: string,
  scope: Scope = "review.analysis.events",
  context: LintContext = {},
): Finding[] {
  return rule.run(new TextBlock(text), compileContext(context).forScope(scope));
}
