import type { RuleContext } from "../engine/RuleContext.js";

/**
 * Whether a block is narrative about the people in the case: not the plan, response, update,
 * glossary or QA scopes, whose text is about practice and organisations rather than a person.
 */
export function inCaseNarrative(ctx: RuleContext): boolean {
  const t = ctx.traits;
  return !(t.plan || t.response || t.update || t.glossary || ctx.scope === "qa");
}
