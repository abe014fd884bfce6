import { type AnalysisStageName, analysisStages, analysisStageTitles } from "@sfo-review/schema";
import { outlineIndices } from "../engine/DocumentOutline.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import { hasText, isReview, someBlock } from "../plan/outlineText.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

/** What each stage covers (DOMAIN.md §2.1.5, from 003 §3.3.1 and Appendix 4 B). */
const STAGE_SCOPE: Readonly<Record<AnalysisStageName, string>> = {
  assessment: "the assessments, including the first assessment of the period in full",
  planning: "the risk management plan, the sentence plan and contingency planning",
  implementation: "delivery, enforcement, home visits, information sharing and professional curiosity",
  reviewing: "whether assessments and plans were reviewed when things changed",
};

/**
 * STR-004: an APIR stage with no written analysis entry; and, once the analysis is written, no
 * entry that examines countersigning or management oversight (003 §3.3.1; Appendix 4 B). The
 * custody-phase check is not made: the case record does not say whether the case had a custody phase.
 */
export const str004ApirCoverage: PlanRule = {
  ids: ["STR-004"],
  run({ outline, blocks }) {
    if (!isReview(outline)) return [];
    const analysis = outlineIndices(outline, "analysis")[0];
    if (analysis === undefined) return [];
    const stages = outlineIndices(outline, "analysisStage");
    const out: PlanFinding[] = [];
    let written = false;
    for (const stage of analysisStages) {
      const nodes = stages.filter((i) => outline.nodes[i]!.attrs.stage === stage);
      if (nodes.some((i) => hasText(outline.nodes[i]!, blocks))) {
        written = true;
        continue;
      }
      const title = analysisStageTitles[stage];
      out.push(
        nodeFinding(
          "STR-004",
          "warning",
          nodes[0] ?? analysis,
          `No analysis entry covers ${title.toLowerCase()}: analyse ${STAGE_SCOPE[stage]}.`,
          title,
        ),
      );
    }
    if (!written) return out;
    const node = outline.nodes[analysis]!;
    if (!someBlock(node, blocks, (f) => f.countersigning))
      out.push(
        nodeFinding(
          "STR-004",
          "warning",
          analysis,
          "No analysis entry examines countersigning: say whether assessments and plans were countersigned and how well.",
          "countersigning",
        ),
      );
    if (!someBlock(node, blocks, (f) => f.oversight))
      out.push(
        nodeFinding(
          "STR-004",
          "warning",
          analysis,
          "No analysis entry examines management oversight: say what oversight the practitioner had and whether it was enough.",
          "management oversight",
        ),
      );
    return out;
  },
};
