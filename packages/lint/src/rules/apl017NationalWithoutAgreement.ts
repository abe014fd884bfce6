import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-017: a National row with no recorded agreement with the policy owner. */
export const apl017NationalWithoutAgreement: RowRule = {
  ids: ["APL-017"],
  run(row) {
    if (row.whoFor.trim() !== "National") return [];
    const all = `${row.objective} ${row.action} ${row.measure} ${row.owner} ${row.date}`;
    if (findPhrases(all, plan.nationalAgreement).length > 0) return [];
    return [
      fieldFinding(
        "APL-017",
        "warning",
        row,
        "whoFor",
        "National learning must first be agreed with the relevant policy owner: record the agreement.",
      ),
    ];
  },
};
