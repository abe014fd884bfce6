import { outlineIndices } from "../engine/DocumentOutline.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

/** The header lines of the published plans (000/004) and the `responsePlanHeader` attribute holding each. */
const HEADER_FIELDS = [
  { attr: "submittedDate", label: "Action Plan Submitted", what: "the date the action plan was submitted" },
  { attr: "reportTitle", label: "A Response to", what: "the title of the report this plan responds to" },
  { attr: "publishedDate", label: "Report Published", what: "the date the report was published" },
] as const;

/** RESP-010: "Action Plan Submitted", "A Response to" or "Report Published" missing from the header (000/004). */
export const resp010HeaderFields: PlanRule = {
  ids: ["RESP-010"],
  run({ outline }) {
    if (!outline) return [];
    const out: PlanFinding[] = [];
    for (const index of outlineIndices(outline, "responsePlanHeader")) {
      const attrs = outline.nodes[index]!.attrs;
      for (const field of HEADER_FIELDS) {
        const value = attrs[field.attr];
        if (typeof value === "string" && value.trim()) continue;
        out.push(
          nodeFinding("RESP-010", "error", index, `"${field.label}" is missing: give ${field.what}.`, field.label),
        );
      }
    }
    return out;
  },
};
