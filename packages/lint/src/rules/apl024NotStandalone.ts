import plan from "../data/planLexicon.json" with { type: "json" };
import { findPhrases } from "../engine/findPhrases.js";
import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";
import type { Finding } from "../Finding.js";

/** APL-024: "as above", "see review" with nothing in the row saying what is meant (the plan must stand alone). */
export const apl024NotStandalone: RowRule = {
  ids: ["APL-024"],
  run(row) {
    const out: Finding[] = [];
    for (const field of ["objective", "action"] as const) {
      for (const h of findPhrases(row[field], plan.standaloneReferences)) {
        if (
          /guidance/i.test(h.phrase) &&
          /\bguidance\s+(?:about|on|relating|related|for|in relation)\b/i.test(`${row.objective} ${row.action}`)
        )
          continue;
        out.push(
          fieldFinding(
            "APL-024",
            "info",
            row,
            field,
            `"${h.phrase}": say what is meant so the row makes sense on its own.`,
            h,
          ),
        );
      }
    }
    return out;
  },
};
