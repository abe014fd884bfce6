import { fieldFinding } from "../plan/fieldFinding.js";
import type { RowRule } from "../plan/RowRule.js";

/** APL-010: the owner cell is empty. */
export const apl010OwnerMissing: RowRule = {
  ids: ["APL-010"],
  run(row) {
    return row.owner.trim()
      ? []
      : [
          fieldFinding(
            "APL-010",
            "error",
            row,
            "owner",
            "Name the owners by role identifier (e.g. PP1 / SPO2 / PDU1).",
          ),
        ];
  },
};
