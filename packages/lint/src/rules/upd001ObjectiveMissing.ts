import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

/** UPD-001: a plan row with no matching row in the action plan update (003 §6: progress against all objectives). */
export const upd001ObjectiveMissing: PlanRule = {
  ids: ["UPD-001"],
  run({ rows }) {
    const updates = rows.filter((r) => r.kind === "update");
    if (updates.length === 0) return [];
    const reported = new Set(updates.map((r) => String(r.attrs.planRowId ?? "")));
    const out: PlanFinding[] = [];
    rows.forEach((row, index) => {
      if (row.kind !== "learning" && row.kind !== "goodPractice") return;
      const id = typeof row.attrs.id === "string" ? row.attrs.id : "";
      if (!id || reported.has(id)) return;
      out.push({
        rule: "UPD-001",
        severity: "error",
        row: index,
        field: "objective",
        from: 0,
        to: (row.texts.objective ?? "").length,
        message: `The action plan update has no progress entry for ${id}: report on every objective.`,
      });
    });
    return out;
  },
};
