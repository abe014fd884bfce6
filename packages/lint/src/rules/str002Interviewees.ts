import { outlineIndices } from "../engine/DocumentOutline.js";
import { nodeFinding } from "../plan/nodeFinding.js";
import { isReview } from "../plan/outlineText.js";
import type { PlanFinding, PlanRule } from "../plan/PlanRule.js";

const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/**
 * STR-002, the structured part of Appendix 4 A2: the staff interviewed with their roles, and
 * for anyone not interviewed, the reason. The other A2 items (index offence, sensitive SFO
 * summary, agencies, parallel reviews, equality information) are prose and are not checked here.
 */
export const str002Interviewees: PlanRule = {
  ids: ["STR-002"],
  run({ outline }) {
    if (!isReview(outline)) return [];
    const out: PlanFinding[] = [];
    for (const i of outlineIndices(outline, "intervieweeTable"))
      if (outline.nodes[i]!.childCount === 0)
        out.push(
          nodeFinding(
            "STR-002",
            "warning",
            i,
            "List the staff interviewed with their roles, and anyone not interviewed with the reason.",
            "Staff interviewed",
          ),
        );
    for (const i of outlineIndices(outline, "interviewee")) {
      const { identifier, role, interviewed, reason } = outline.nodes[i]!.attrs;
      const who = str(identifier) || "this person";
      const add = (message: string) => out.push(nodeFinding("STR-002", "warning", i, message, who));
      if (!str(role)) add(`Give the role of ${who}.`);
      if (interviewed === false && !str(reason)) add(`Give the reason ${who} was not interviewed.`);
      else if (typeof interviewed !== "boolean") add(`Say whether ${who} was interviewed.`);
    }
    return out;
  },
};
