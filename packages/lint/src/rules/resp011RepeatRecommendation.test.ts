import { responsePlanDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { compilePreviousRecommendations, findRepeat, recommendationTokens } from "../plan/repeatRecommendation.js";
import { lintDocumentRule } from "./documentLintFixture.js";
import { resp011RepeatRecommendation } from "./resp011RepeatRecommendation.js";
import { partlyAgreedResponse } from "./responseRowFixture.js";

/** An earlier recommendation (synthetic), as the §2.8 progress review would list it. */
const earlier =
  "Ensure that police domestic abuse checks are requested at the start of supervision and that the results are used in risk assessments.";
const reworded =
  "Make sure that police domestic abuse checks are requested at the start of supervision and whenever a new relationship is disclosed, and that the results are used in risk assessments.";
const sameTopic =
  "Provide domestic abuse training for all newly qualified probation officers within three months of qualifying.";

const context = (previousRecommendations?: string[]) =>
  compileContext(previousRecommendations ? { previousRecommendations } : {}).forScope("resp.response");
const run = (row: Partial<ResponseFields>, previous: string[] | null = [earlier]) =>
  resp011RepeatRecommendation.run({ ...partlyAgreedResponse, ...row }, context(previous ?? undefined));
const dice = (a: string, b: string) =>
  findRepeat(recommendationTokens(a), compilePreviousRecommendations([b]))?.dice ?? 0;

describe("resp011RepeatRecommendation (RESP-011)", () => {
  it("flags a reworded earlier recommendation with no marker, with a fix that adds it", () => {
    const found = run({ recommendation: reworded });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: "RESP-011", severity: "info", field: "recommendation", from: 0 });
    expect(found[0]!.fixes).toEqual([
      {
        label: "Add (Repeat Recommendation)",
        kind: "replace",
        from: reworded.length,
        to: reworded.length,
        text: " (Repeat Recommendation)",
      },
    ]);
  });
  it("passes a recommendation marked in the text or by the repeat attribute", () => {
    expect(run({ recommendation: `${reworded} (Repeat Recommendation)` })).toEqual([]);
    expect(run({ recommendation: reworded, repeat: true })).toEqual([]);
  });
  it("passes a new recommendation on the same topic, and runs only with earlier recommendations", () => {
    expect(run({ recommendation: sameTopic })).toEqual([]);
    expect(run({ recommendation: reworded }, null)).toEqual([]);
    expect(run({ recommendation: reworded }, [])).toEqual([]);
  });

  // The threshold: a Dice coefficient of 0.6 over content words, with at least three words shared.
  it("sets the threshold between reworded repeats and recommendations that share a topic", () => {
    expect(dice(reworded, earlier)).toBeGreaterThan(0.7);
    expect(dice(sameTopic, earlier)).toBe(0);
    const previous = "Review OASys countersigning guidance for practitioners quarterly.";
    // Four of six content words in common: 0.67, a repeat.
    expect(dice("Review OASys countersigning guidance for regional leaders.", previous)).toBeCloseTo(0.667, 2);
    // Three of six: 0.5, a different recommendation that reuses some words.
    expect(dice("Review OASys countersigning training for regional leaders.", previous)).toBe(0);
    // Short texts match only when identical, not on two words in common.
    expect(dice("Improve SFO training.", "Improve SFO training")).toBe(1);
    expect(dice("Improve SFO training.", "Improve SFO reviews")).toBe(0);
  });

  it("anchors to the recommendation text in a response plan, and passes the marked sample", () => {
    const plan = responsePlanDocument({
      recommendations: [
        { number: 1, text: [reworded], category: "Agreed" },
        { number: 2, text: [sameTopic], category: "Agreed" },
      ],
    });
    const found = lintDocumentRule(plan, "RESP-011", { previousRecommendations: [earlier] });
    expect(found.map((f) => f.text)).toEqual([reworded]);
    expect(lintDocumentRule(sampleCase().responsePlan, "RESP-011", { previousRecommendations: [earlier] })).toEqual([]);
  });
});
