import { newDocumentTemplate, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { individualOnlyReview, lintReviewFor, withJudgement } from "./reviewFixture.js";
import { seedPassages } from "./seedPassagesFixture.js";

const run = (input: Parameters<typeof lintReviewFor>[1]) => lintReviewFor("JUDG-006", input);

describe("judg006IndividualLevelOnly (JUDG-006)", () => {
  it("flags a review whose analysis judges only the practitioner, once, on the judgements section", () => {
    const found = run(individualOnlyReview);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.text).toBe(individualOnlyReview.judgements![0]);
  });

  it("falls back to the analysis when the judgements section is empty", () => {
    const found = run({ ...individualOnlyReview, judgements: [] });
    expect(found).toHaveLength(1);
    expect(found[0]!.blockId).toBe("E1");
  });

  it("still flags when a manager is only mentioned, or 'manager' means an offender manager", () => {
    expect(run(withJudgement("PP1 discussed the case with SPO2."))).toHaveLength(1);
    expect(run(withJudgement("The prison offender manager's handover was insufficient."))).toHaveLength(1);
    expect(run(withJudgement("The risk management plan was insufficient."))).toHaveLength(1);
  });

  it("passes a judgement on a manager, oversight, workload or a system", () => {
    // DOMAIN.md §8 F-04, the passing sentence.
    expect(
      run(
        withJudgement(
          "SPO2 did not review the risk management plan after Mr K's arrest in May. This meant that the plan did not reflect the increased risk of serious harm to Ms B.",
        ),
      ),
    ).toEqual([]);
    expect(run(withJudgement("I find that management oversight of the case was not sufficient."))).toEqual([]);
    expect(run(withJudgement("PP1's workload was too high to allow home visits in that month."))).toEqual([]);
    expect(
      run(withJudgement("The PDU had no process for allocating complex cases to newly qualified officers.")),
    ).toEqual([]);
  });

  it("passes the 001 'Sufficient judgements' examples of judgements above the individual", () => {
    for (const text of [seedPassages.releasePeriod001, seedPassages.pduHead001])
      expect(run(withJudgement(text)), text.slice(0, 40)).toEqual([]);
  });

  it("raises nothing on the sample case, a new review or plain text", () => {
    expect(run(sampleCase().review)).toEqual([]);
    expect(run(newDocumentTemplate("review"))).toEqual([]);
    const paragraph = individualOnlyReview.judgements![0]!;
    expect(lintText(paragraph, { scope: "review.judgements" }).filter((f) => f.rule === "JUDG-006")).toEqual([]);
  });
});
