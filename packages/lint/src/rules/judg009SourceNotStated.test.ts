import { sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { judg009SourceNotStated } from "./judg009SourceNotStated.js";
import { lintReviewFor } from "./reviewFixture.js";

const base: EntryFields = {
  events: "PP1 did not request domestic abuse checks from the police when Mr K disclosed his relationship with Ms B.",
  judgement: "PP1's assessment was insufficient because it did not consider the risk to a new partner.",
  learning: "Learning point LP1 addresses PP1's practice.",
  linked: false,
};
const ctx = compileContext({}).forScope("review.analysis.judgement");
const run = (entry: Partial<EntryFields>) =>
  judg009SourceNotStated
    .run({ ...base, ...entry }, ctx)
    .filter((f) => f.rule === "JUDG-009")
    .map((f) => ({ ...f, text: (entry[f.field as "judgement"] ?? base[f.field as "judgement"]).slice(f.from, f.to) }));

const CHECKS_CLAIM = "Had PP1 requested the checks, they would have revealed five police call-outs involving A.";
const PARTNERSHIP = "Information sharing between probation and the police was poor throughout the period.";

describe("judg009SourceNotStated (JUDG-009)", () => {
  it("flags what checks would have shown, with no source, on that sentence", () => {
    const found = run({ judgement: `${base.judgement} ${CHECKS_CLAIM}` });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
    expect(found[0]!.field).toBe("judgement");
    expect(found[0]!.text).toBe(CHECKS_CLAIM);
  });

  it("flags a judgement on partnership working with no source", () => {
    const found = run({ judgement: PARTNERSHIP });
    expect(found.map((f) => f.text)).toEqual([PARTNERSHIP]);
  });

  it("passes when the entry says where the information came from", () => {
    for (const source of [
      "Police records that I obtained for this review show five call-outs involving A.",
      "The police confirmed to me that the call-out notifications were sent.",
      "SPO2 told me that the police rarely replied to requests.",
      "nDelius records show no contact with the police after October.",
    ]) {
      expect(run({ judgement: `${CHECKS_CLAIM} ${source}` }), source).toEqual([]);
      expect(run({ events: `${base.events} ${source}`, judgement: PARTNERSHIP }), source).toEqual([]);
    }
  });

  it("does not flag deficits, mentions of agencies or reviews that are not claims about checks or partnership", () => {
    expect(run({})).toEqual([]);
    expect(
      run({ events: "PP2 arranged an emergency professionals meeting with the police and children's services." }),
    ).toEqual([]);
    expect(run({ judgement: "A review would probably have identified that the risk to Ms B was high." })).toEqual([]);
    expect(run({ judgement: "PP1's communication with Mr K was poor." })).toEqual([]);
  });

  it("raises nothing on the sample case", () => {
    expect(lintReviewFor("JUDG-009", sampleCase().review)).toEqual([]);
  });

  it("runs on analysis entries of a review document", () => {
    const found = lintReviewFor("JUDG-009", {
      analysis: { assessment: [{ id: "E1", events: [base.events], judgements: [PARTNERSHIP] }] },
    });
    expect(found.map((f) => [f.text, f.blockId])).toEqual([[PARTNERSHIP, "E1"]]);
  });
});
