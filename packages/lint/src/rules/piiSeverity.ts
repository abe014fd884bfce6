import type { Severity } from "../Finding.js";
import type { RuleContext } from "../engine/RuleContext.js";

/**
 * Severity of a personal-data finding by where it appears (DOMAIN.md §4.7): none in the NFD
 * column, error in the shareable export and in the published response plan (RESP-012), else `base`.
 */
export function piiSeverity(ctx: RuleContext, base: Severity = "warning"): Severity | null {
  if (ctx.traits.nfd) return null;
  if (ctx.shareable || ctx.traits.response) return "error";
  return base;
}
