import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { textFinding } from "../plan/textFinding.js";

const LEVELS = new Set(plan.sharedWithLevels);

/** APG-002: "Who it will be shared with" is not Team, PDU, Region or National (error); National with no recorded agreement (warning). */
export const apg002SharedWith: FieldsRule<GoodPracticeRowFields> = {
  ids: ["APG-002"],
  run(row) {
    const level = row.sharedWith.trim();
    if (!LEVELS.has(level))
      return [
        textFinding(
          "APG-002",
          "error",
          "sharedWith",
          row.sharedWith,
          "Say who the practice will be shared with: Team, PDU, Region or National.",
        ),
      ];
    if (level !== "National") return [];
    const all = `${row.objective} ${row.action} ${row.monitoring} ${row.date}`;
    if (findPhrases(all, plan.nationalAgreement).length > 0) return [];
    return [
      textFinding(
        "APG-002",
        "warning",
        "sharedWith",
        row.sharedWith,
        "Sharing nationally must first be agreed with the relevant lead or policy owner: record the agreement.",
      ),
    ];
  },
};
