import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

const ORGANISATIONAL = new Set(["Team", "PDU", "Region", "National"]);

/**
 * APL-026: the review names workload, vacancies, span of control, systems or processes as
 * underlying reasons, and no Team, PDU or Region learning row addresses them (002 "Area for
 * improvement"; 003 §3.4.3). The finding is on the first organisational cause in the review.
 */
export const apl026OrganisationalCause: PlanRule = {
  ids: ["APL-026"],
  run({ rows, blocks }) {
    const learning = rows.filter((r) => r.kind === "learning");
    if (learning.length === 0) return [];
    if (learning.some((r) => ORGANISATIONAL.has(String(r.atoms.whoFor?.attrs.level ?? "")))) return [];
    for (let block = 0; block < blocks.length; block++) {
      const b = blocks[block]!;
      if (b.scope !== "review.analysis.judgement" && b.scope !== "review.judgements" && b.scope !== "review.summary")
        continue;
      const cause = b.facts.orgCauses[0];
      if (!cause) continue;
      const finding: PlanFinding = {
        rule: "APL-026",
        severity: "warning",
        block,
        from: cause.from,
        to: cause.to,
        matchedText: cause.phrase,
        message: `The review gives "${cause.phrase}" as an underlying reason, but every learning point is for an individual: add a Team, PDU or Region action that addresses it.`,
      };
      return [finding];
    }
    return [];
  },
};
