import type { EntryFields } from "../plan/EntryFields.js";
import { DEFICIT } from "../plan/entryPatterns.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import { textFinding } from "../plan/textFinding.js";

const REASON =
  /\b(?:because|due\s+to|as\s+a\s+result\s+of|owing\s+to|reason|why|training|trained|experience\w*|workload|caseload|WMT|oversight|supervision|system|process|policy|guidance|capacity|vacanc\w+|staffing|interface|partnership|information\s+sharing|unaware|not\s+been\s+shown|did\s+not\s+know|did\s+not\s+understand|newly\s+qualified|told\s+me|explained)\b/i;
const UNKNOWN = /^\s*(?:unknown|not\s+(?:known|established)|unclear|n\/a)\.?\s*$/i;

/** JUDG-004: an entry records a deficit but gives no underlying reason, or only "unknown" (003 §3.4.1, the "why?"). */
export const judg004NoUnderlyingReason: FieldsRule<EntryFields> = {
  ids: ["JUDG-004"],
  run(entry) {
    if (!DEFICIT.test(`${entry.events}\n${entry.judgement}`)) return [];
    if (entry.judgement.trim() && !UNKNOWN.test(entry.judgement) && REASON.test(entry.judgement)) return [];
    if (!entry.judgement.trim() && REASON.test(entry.events)) return [];
    return [
      textFinding(
        "JUDG-004",
        "warning",
        "judgement",
        entry.judgement,
        "Give the underlying reasons for the deficit: training, experience, workload (with WMT figures), oversight, systems, policy or other agencies.",
      ),
    ];
  },
};
