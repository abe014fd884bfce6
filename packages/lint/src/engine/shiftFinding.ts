import type { Finding, Fix } from "../Finding.js";
import { ruleInfo } from "../ruleCatalogue.js";

/**
 * A copy of a block-relative finding moved by `delta`, with its catalogue guidance. Built
 * property by property, in one order, because it runs for every finding after an edit point on
 * each keystroke (a spread plus `delete` was the hot spot of the incremental benchmark).
 */
export function shiftFinding(finding: Finding, delta: number, extra?: Partial<Finding>): Finding {
  const out: Finding = {
    rule: finding.rule,
    severity: finding.severity,
    from: finding.from + delta,
    to: finding.to + delta,
    message: finding.message,
  };
  if (finding.fixes)
    out.fixes = finding.fixes.map(
      (fix): Fix => (fix.kind === "replace" ? { ...fix, from: fix.from + delta, to: fix.to + delta } : fix),
    );
  if (finding.field !== undefined) out.field = finding.field;
  const guidance = finding.guidance ?? ruleInfo(finding.rule)?.guidance;
  if (guidance) out.guidance = guidance;
  if (finding.matchedText !== undefined) out.matchedText = finding.matchedText;
  if (finding.blockHash !== undefined) out.blockHash = finding.blockHash;
  if (finding.blockId !== undefined) out.blockId = finding.blockId;
  if (extra) Object.assign(out, extra);
  return out;
}
