import type { DocumentFinding, DocumentRule } from "../engine/DocumentRule.js";

const REQUIRED = ["public", "known adults", "children", "staff"];

/**
 * RISK-003: the risk section gives levels but not for all of the public, known adults, children
 * and staff (001 "Risk assessment practice"; 003 Appendix 4 A3). Prisoners are optional here:
 * "n/a (community)" is accepted for community cases [inferred].
 */
export const risk003RoshGroups: DocumentRule = {
  ids: ["RISK-003"],
  run(doc) {
    const covered = new Set<string>();
    let first = -1;
    doc.blocks.forEach((block, index) => {
      if (block.scope !== "review.risk") return;
      if (first < 0 && block.text.trim()) first = index;
      for (const group of block.facts.roshGroups) covered.add(group);
    });
    if (first < 0 || covered.size === 0) return [];
    const missing = REQUIRED.filter((g) => !covered.has(g));
    if (missing.length === 0) return [];
    const text = doc.blocks[first]!.text;
    const finding: DocumentFinding = {
      rule: "RISK-003",
      severity: "info",
      block: first,
      from: 0,
      to: Math.min(text.length, text.search(/[.!?](?:\s|$)/) + 1 || text.length),
      message: `The risk section gives no level for: ${missing.join(", ")}. Give a RoSH level for every group.`,
    };
    return [finding];
  },
};
