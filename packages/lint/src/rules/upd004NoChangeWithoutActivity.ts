import type { FieldsRule } from "../plan/FieldsRule.js";
import { textFinding } from "../plan/textFinding.js";
import type { UpdateRowFields } from "../plan/UpdateRowFields.js";

const NO_CHANGE =
  /\b(?:no\s+(?:improvement|change|evidence\s+of\s+(?:improvement|change))|not\s+(?:improved|embedded)|did\s+not\s+show\s+(?:improvement|change)|gaps\s+remain|still\s+(?:not|missing))\b/i;

/** UPD-004: the measure shows no change and no further activity is set (003 §6). */
export const upd004NoChangeWithoutActivity: FieldsRule<UpdateRowFields> = {
  ids: ["UPD-004"],
  run(row) {
    const text = `${row.measurement}\n${row.impact}`;
    const m = NO_CHANGE.exec(text);
    if (!m || row.nextSteps.trim()) return [];
    const field = m.index < row.measurement.length ? "measurement" : "impact";
    const offset = field === "measurement" ? 0 : row.measurement.length + 1;
    return [
      textFinding(
        "UPD-004",
        "warning",
        field,
        row[field],
        "The measure shows no change: set out the further activity.",
        { from: m.index - offset, to: m.index - offset + m[0].length },
      ),
    ];
  },
};
