import { type PmNodeJson, type ReviewInput, reviewDocument, sampleCase } from "@sfo-review/schema";
import type { LintContext } from "../LintContext.js";
import { type AnchoredFinding, lintDocumentRule } from "./documentLintFixture.js";

/**
 * A synthetic review whose analysis judges PP1 alone and records only deficits: whole-review
 * rule tests (JUDG-006, JUDG-008) add one sentence to it.
 */
export const individualOnlyReview: ReviewInput = {
  analysis: {
    assessment: [
      {
        id: "E1",
        events: [
          "PP1 completed a risk assessment on 14/03/2023. PP1 did not request domestic abuse checks from the police about Ms B.",
        ],
        judgements: [
          "PP1's assessment was insufficient because it did not consider Mr K's history of domestic abuse. This meant that the risk to Ms B was not assessed.",
        ],
        learning: ["Learning point LP1 addresses PP1's assessment practice."],
      },
    ],
    implementation: [
      {
        id: "E2",
        events: ["PP1 did not visit Mr K's home after he disclosed the relationship with Ms B."],
        judgements: ["In my judgement PP1's response to the disclosure was insufficient."],
        learning: ["Learning point LP1 covers the response to new risk information."],
      },
    ],
  },
  judgements: ["Overall, PP1's management of Mr K's risk of serious harm to Ms B was insufficient."],
};

/** `individualOnlyReview` with `sentence` added to the judgement column of entry E2. */
export function withJudgement(sentence: string): ReviewInput {
  const entry = individualOnlyReview.analysis!.implementation![0]!;
  return {
    ...individualOnlyReview,
    analysis: {
      ...individualOnlyReview.analysis,
      implementation: [{ ...entry, judgements: [`${entry.judgements![0]} ${sentence}`] }],
    },
  };
}

/** Findings of `rule` on a review built from `input`, or on a document given as JSON. */
export function lintReviewFor(rule: string, input: ReviewInput | PmNodeJson, context?: LintContext): AnchoredFinding[] {
  const json = "type" in input ? (input as PmNodeJson) : reviewDocument(input as ReviewInput);
  return lintDocumentRule(json, rule, context);
}

/** The sample case review with the children of every `type` node replaced by `content`. */
export function sampleReviewWith(type: string, content: PmNodeJson[] = []): PmNodeJson {
  const replace = (node: PmNodeJson): PmNodeJson =>
    node.type === type ? { ...node, content } : node.content ? { ...node, content: node.content.map(replace) } : node;
  return replace(sampleCase().review);
}
