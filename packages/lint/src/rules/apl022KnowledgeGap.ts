import { auditsCaseload } from "../plan/auditsCaseload.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

/**
 * APL-022: the review says a member of staff did not know or understand a process, and no
 * learning row audits other relevant cases (003 §3.4.3: consider an audit of all relevant cases).
 */
export const apl022KnowledgeGap: PlanRule = {
  ids: ["APL-022"],
  run({ rows, blocks }) {
    const learning = rows.filter((r) => r.kind === "learning");
    if (learning.length === 0) return [];
    if (learning.some((r) => auditsCaseload(`${r.texts.action ?? ""}\n${r.texts.measure ?? ""}`))) return [];
    const out: PlanFinding[] = [];
    blocks.forEach((b, block) => {
      for (const gap of b.facts.knowledgeGaps)
        out.push({
          rule: "APL-022",
          severity: "info",
          block,
          from: gap.from,
          to: gap.to,
          matchedText: gap.phrase,
          message: "A basic gap in knowledge: consider an action that audits the practitioner's other relevant cases.",
        });
    });
    return out;
  },
};
