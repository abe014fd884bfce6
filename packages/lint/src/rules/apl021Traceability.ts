import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

/**
 * APL-021 (b): a learning row that names no finding of the review, in a document that has
 * analysis entries to link to (003 §3.4.3; 001 staff survey). Part (a) is JUDG-007 on the entry.
 */
export const apl021Traceability: PlanRule = {
  ids: ["APL-021"],
  run({ rows }) {
    const entries = new Set(rows.filter((r) => r.kind === "entry" && r.attrs.id).map((r) => String(r.attrs.id)));
    if (entries.size === 0) return [];
    const out: PlanFinding[] = [];
    rows.forEach((row, index) => {
      if (row.kind !== "learning") return;
      const findingId = typeof row.attrs.findingId === "string" ? row.attrs.findingId : "";
      if (findingId && entries.has(findingId)) return;
      out.push({
        rule: "APL-021",
        severity: "info",
        row: index,
        field: "objective",
        from: 0,
        to: (row.texts.objective ?? "").length,
        message: findingId
          ? "This learning point links to an analysis entry that is not in the review."
          : "Link this learning point to the analysis entry whose finding it answers.",
      });
    });
    return out;
  },
};
