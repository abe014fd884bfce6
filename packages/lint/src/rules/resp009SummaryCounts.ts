import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

/**
 * RESP-009: counts written in the introduction ("Agreed 7", "Total 11") differ from the
 * categories of the recommendations. Agreed counts "Agreed in principle" with it, as both seeds do.
 */
export const resp009SummaryCounts: PlanRule = {
  ids: ["RESP-009"],
  run({ rows, blocks }) {
    const recs = rows.filter((r) => r.kind === "response");
    if (recs.length === 0) return [];
    const actual: Record<string, number> = { Agreed: 0, "Partly Agreed": 0, "Not Agreed": 0, Total: recs.length };
    for (const r of recs) {
      const category = String(r.attrs.category ?? "");
      if (category in actual) actual[category]!++;
    }
    const out: PlanFinding[] = [];
    blocks.forEach((b, block) => {
      for (const c of b.facts.responseCounts) {
        const expected = actual[c.category];
        if (expected === undefined || expected === c.count) continue;
        out.push({
          rule: "RESP-009",
          severity: "error",
          block,
          from: c.from,
          to: c.to,
          matchedText: String(c.count),
          message: `${c.category}: the summary says ${c.count} but the recommendations give ${expected}.`,
        });
      }
    });
    return out;
  },
};
