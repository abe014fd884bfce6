import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { judg007LearningNotAddressed } from "./judg007LearningNotAddressed.js";

const base: EntryFields = {
  events: "PP1 did not request DA checks from the police when Mr K disclosed a new relationship in March.",
  judgement:
    "The risk assessment was insufficient because PP1 had not been shown how to request checks. This meant the risk management plan did not include safeguarding actions for Ms B, which was significant.",
  learning: "PP1 to receive 1:1 sessions with the QDO on DA enquiries.",
  linked: false,
};
const ctx = compileContext({}).forScope("review.analysis.judgement");
const run = (row: Partial<EntryFields>) =>
  judg007LearningNotAddressed.run({ ...base, ...row }, ctx).filter((f) => f.rule === "JUDG-007");

describe("judg007LearningNotAddressed (JUDG-007)", () => {
  it("flags a deficit with no learning and no link", () => {
    const found = run({ learning: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes learning recorded", () => {
    expect(run({})).toEqual([]);
  });
  it("passes a linked plan row", () => {
    expect(run({ learning: "", linked: true })).toEqual([]);
  });
  it("passes no action required", () => {
    expect(
      run({
        learning: "",
        judgement:
          "The assessment was insufficient because of workload. No further action is required because PP1 has since completed the training.",
      }),
    ).toEqual([]);
  });
});
