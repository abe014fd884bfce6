import type { FieldsRule } from "../plan/FieldsRule.js";
import type { GoodPracticeRowFields } from "../plan/GoodPracticeRowFields.js";
import { splitOwners } from "../plan/splitOwners.js";
import { textFinding } from "../plan/textFinding.js";

/** APG-005: the owners lack either the person sharing or the person monitoring delivery (002, Good Practice Owner). */
export const apg005OwnersIncomplete: FieldsRule<GoodPracticeRowFields> = {
  ids: ["APG-005"],
  run(row) {
    const owners = splitOwners(row.owner);
    if (owners.length >= 2) return [];
    return [
      textFinding(
        "APG-005",
        "warning",
        "owner",
        row.owner,
        owners.length === 0
          ? "Give the owners: the person sharing the practice and the person monitoring delivery."
          : "Add the person monitoring delivery as well as the person sharing the practice.",
      ),
    ];
  },
};
