import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { textFinding } from "../plan/textFinding.js";
import type { Finding } from "../Finding.js";

const MONTH_YEAR =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/gi;

function ownerCount(owners: readonly string[]): number {
  let n = 0;
  for (const owner of owners) {
    const text = owner.trim();
    if (!text) continue;
    // "Deputy Director Public Protection Group Deputy Director Public Protection Group": two owners run together (000 Rec 11).
    n += /^(.{8,}?)\s+\1$/.test(text) ? 2 : 1;
  }
  return n;
}

/** RESP-007: one action row holding several actions, owners and dates that do not line up (Introduction). */
export const resp007Misaligned: FieldsRule<ResponseFields> = {
  ids: ["RESP-007"],
  run(rec) {
    const out: Finding[] = [];
    for (const action of rec.actions) {
      const paragraphs = action.text.split("\n").filter((p) => p.trim()).length;
      const owners = ownerCount(action.owners);
      const dates = (action.targetText.match(MONTH_YEAR) ?? []).length || (action.targetDate ? 1 : 0);
      const several = owners > 1 && dates > 1;
      if (!several && (paragraphs <= 1 || (owners <= 1 && dates <= 1))) continue;
      if (paragraphs === owners && owners === dates && paragraphs > 1) continue;
      if (!several && owners <= 1 && dates <= 1) continue;
      out.push(
        textFinding(
          "RESP-007",
          "warning",
          action.field,
          "",
          `${paragraphs} action paragraph${paragraphs === 1 ? "" : "s"}, ${owners} owners and ${dates} dates in one row: split it into one row per action.`,
        ),
      );
    }
    return out;
  },
};
