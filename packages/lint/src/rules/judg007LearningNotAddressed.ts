import type { EntryFields } from "../plan/EntryFields.js";
import { DEFICIT } from "../plan/entryPatterns.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import { textFinding } from "../plan/textFinding.js";

const RULED_OUT =
  /\b(?:no\s+(?:further\s+)?(?:action|learning)\s+(?:is\s+)?(?:required|needed)|learning\s+(?:is\s+)?not\s+required|already\s+(?:been\s+)?(?:completed|addressed|delivered|reduced|in\s+place)|has\s+since\s+(?:been|completed|attended))\b/i;

/**
 * JUDG-007 (and APL-021 a): an entry with a deficit whose learning column is empty, that no plan
 * row links to, and that does not say why no action is needed (003 §3.4.3; Appendix 4 D1).
 */
export const judg007LearningNotAddressed: FieldsRule<EntryFields> = {
  ids: ["JUDG-007"],
  run(entry) {
    if (entry.linked || entry.learning.trim()) return [];
    const all = `${entry.events}\n${entry.judgement}`;
    if (!DEFICIT.test(all) || RULED_OUT.test(all)) return [];
    return [
      textFinding(
        "JUDG-007",
        "warning",
        "learning",
        entry.learning,
        'Record the learning, link a plan row to this entry, or say why no action is needed ("no action required because …").',
      ),
    ];
  },
};
