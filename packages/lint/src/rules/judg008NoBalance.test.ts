import { newDocumentTemplate, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { individualOnlyReview, lintReviewFor, withJudgement } from "./reviewFixture.js";

const run = (input: Parameters<typeof lintReviewFor>[1]) => lintReviewFor("JUDG-008", input);

describe("judg008NoBalance (JUDG-008)", () => {
  it("flags an analysis that records only deficits, once, as info", () => {
    const found = run(individualOnlyReview);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
    expect(found[0]!.text).toBe(individualOnlyReview.judgements![0]);
  });

  it("passes practice that met expectations or was good", () => {
    expect(run(withJudgement("PP1 completed the assessment within the expected timescale."))).toEqual([]);
    expect(run(withJudgement("PP2's response was prompt and well coordinated, and is good practice."))).toEqual([]);
    expect(run(withJudgement("Home visits were in line with policy."))).toEqual([]);
  });

  it("still flags positive words that are negated or hypothetical", () => {
    for (const sentence of [
      "PP1 did not complete the assessment within the expected timescale.",
      "An effective plan would have included victim safety actions.",
      "It would have been appropriate to refer the case to MAPPA.",
      "There was no good practice in this period.",
      "The plan was not sufficient, and neither was the review.",
    ])
      expect(run(withJudgement(sentence)), sentence).toHaveLength(1);
  });

  it("does not count the NFD column", () => {
    const input = {
      ...individualOnlyReview,
      analysis: {
        ...individualOnlyReview.analysis,
        reviewing: [{ id: "E3", notForDisclosure: ["PP1's personal circumstances were handled appropriately."] }],
      },
    };
    expect(run(input)).toHaveLength(1);
  });

  it("raises nothing on the sample case, a new review or plain text", () => {
    expect(run(sampleCase().review)).toEqual([]);
    expect(run(newDocumentTemplate("review"))).toEqual([]);
    expect(lintText("PP1's assessment was insufficient.", { scope: "review.judgements" })).not.toContainEqual(
      expect.objectContaining({ rule: "JUDG-008" }),
    );
  });
});
