import { isReview } from "../plan/outlineText.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

/**
 * GLOSS-002: the review mentions local, regional or former-CRC guidance ("local guidance", "CRC
 * policy", "regional protocol") and the glossary's local practice guidance list is empty (003 §4:
 * guidance that is not nationally issued and would be hard to find later must be listed). Reads
 * the cached `localGuidance` block fact; reports the first mention once. Runs only on review
 * documents with a `localGuidance` section.
 */
export const gloss002LocalGuidance: PlanRule = {
  ids: ["GLOSS-002"],
  run({ outline, blocks }) {
    if (!isReview(outline) || !outline.nodes.some((n) => n.type === "localGuidance")) return [];
    if (outline.nodes.some((n) => n.type === "localGuidanceItem" && String(n.attrs.title ?? "").trim())) return [];
    for (let block = 0; block < blocks.length; block++) {
      const hit = blocks[block]!.facts.localGuidance[0];
      if (!hit) continue;
      const finding: PlanFinding = {
        rule: "GLOSS-002",
        severity: "info",
        block,
        from: hit.from,
        to: hit.to,
        matchedText: hit.phrase,
        message: `The review refers to "${hit.phrase}", but the local practice guidance list is empty: list the guidance that informed the review.`,
      };
      return [finding];
    }
    return [];
  },
};
