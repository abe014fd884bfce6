import type { EntryFields } from "../plan/EntryFields.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import { textFinding } from "../plan/textFinding.js";

const EVALUATIVE =
  /\b(?:sufficient|insufficient|met|meet|did\s+not\s+meet|expected\s+(?:practice|standards?)|good\s+practice|in\s+line\s+with|I\s+(?:consider|am\s+(?:not\s+)?(?:confident|satisfied)|found|judge)|(?:in)?appropriate(?:ly)?|fell\s+below|below\s+(?:the\s+)?expected|(?:in)?adequate|robust|poor|(?:in)?effective(?:ly)?|thorough|timely|significant\w*|should\s+have|not\s+acceptable)\b/i;

/** JUDG-003: an analysis entry with events but an empty judgement column, or one with no evaluative language (003 §3.4.2). */
export const judg003NoJudgement: FieldsRule<EntryFields> = {
  ids: ["JUDG-003"],
  run(entry) {
    if (!entry.events.trim()) return [];
    if (!entry.judgement.trim())
      return [
        textFinding(
          "JUDG-003",
          "warning",
          "judgement",
          entry.judgement,
          "Give a judgement on this practice: did it meet expected standards, and why?",
        ),
      ];
    if (EVALUATIVE.test(entry.judgement)) return [];
    return [
      textFinding(
        "JUDG-003",
        "warning",
        "judgement",
        entry.judgement,
        "The judgement column describes but does not judge: say whether practice was sufficient or met expected practice.",
      ),
    ];
  },
};
