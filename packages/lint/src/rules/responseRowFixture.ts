import type { Finding } from "../Finding.js";
import { compileContext } from "../engine/RuleContext.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";

/** A well-formed Partly Agreed response row (F-09 style); RESP rule tests vary one field of it. */
export const partlyAgreedResponse: ResponseFields = {
  number: 3,
  category: "Partly Agreed",
  inPrinciple: false,
  reasonCategories: [],
  recommendation: "Introduce training for SFO reviewing managers.",
  explanations: [],
  actions: [
    {
      field: "action.0",
      text: "Partly agreed for affordability reasons: a new accredited course cannot be funded in 2025/26. HMPPS will implement the part of the recommendation relating to in-post development: the national SFO team will deliver quarterly writing workshops for all reviewing managers, based on themes from quality assurance.",
      owners: ["Deputy Director Public Protection Group"],
      targetDate: null,
      targetText: "March 2026",
    },
  ],
};

const responseContext = compileContext({}).forScope("resp.response");

/** Runs one response-plan rule on the fixture row with `row` laid over it; only that rule's findings. */
export function runResponseRule(
  rule: FieldsRule<ResponseFields>,
  ruleId: string,
  row: Partial<ResponseFields>,
): Finding[] {
  return rule.run({ ...partlyAgreedResponse, ...row }, responseContext).filter((f) => f.rule === ruleId);
}
