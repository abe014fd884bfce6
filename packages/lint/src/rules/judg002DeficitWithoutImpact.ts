import type { EntryFields } from "../plan/EntryFields.js";
import { DEFICIT } from "../plan/entryPatterns.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import { textFinding } from "../plan/textFinding.js";

const IMPACT =
  /\b(?:this\s+meant|which\s+meant|meaning\s+that|as\s+a\s+result|the\s+impact|impact(?:ed)?\s+on|significan\w+|did\s+not\s+materially\s+affect|fundamental\w*|consequently|resulted\s+in|this\s+left|led\s+to)\b/i;

/** JUDG-002: an entry records a deficit and nowhere says what it meant or whether it was significant (003 §3.4.4). */
export const judg002DeficitWithoutImpact: FieldsRule<EntryFields> = {
  ids: ["JUDG-002"],
  run(entry) {
    const deficit = DEFICIT.exec(entry.judgement) ?? DEFICIT.exec(entry.events);
    if (!deficit || IMPACT.test(`${entry.events}\n${entry.judgement}\n${entry.learning}`)) return [];
    const field = DEFICIT.test(entry.judgement) ? "judgement" : "events";
    return [
      textFinding(
        "JUDG-002",
        "info",
        field,
        entry[field],
        "Say what this deficit meant for the management of the case, and whether it was significant.",
        { from: deficit.index, to: deficit.index + deficit[0].length },
      ),
    ];
  },
};
