import type { Finding } from "../Finding.js";
import type { EntryFields } from "../plan/EntryFields.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import { runFieldsRule } from "./fieldsRuleFixture.js";

/** An analysis entry with a deficit, its reasons, impact and learning; JUDG entry rule tests vary one column of it. */
export const exampleEntry: EntryFields = {
  events: "PP1 did not request DA checks from the police when Mr K disclosed a new relationship in March.",
  judgement:
    "The risk assessment was insufficient because PP1 had not been shown how to request checks. This meant the risk management plan did not include safeguarding actions for Ms B, which was significant.",
  learning: "PP1 to receive 1:1 sessions with the QDO on DA enquiries.",
  linked: false,
};

/** Runs one analysis-entry rule on the example entry with `entry` laid over it; only that rule's findings. */
export function runEntryRule(rule: FieldsRule<EntryFields>, ruleId: string, entry: Partial<EntryFields>): Finding[] {
  return runFieldsRule(rule, ruleId, exampleEntry, "review.analysis.judgement", entry);
}
