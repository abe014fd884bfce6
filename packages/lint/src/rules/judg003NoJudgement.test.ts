import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { judg003NoJudgement } from "./judg003NoJudgement.js";

const base: EntryFields = {
  events: "PP1 did not request DA checks from the police when Mr K disclosed a new relationship in March.",
  judgement:
    "The risk assessment was insufficient because PP1 had not been shown how to request checks. This meant the risk management plan did not include safeguarding actions for Ms B, which was significant.",
  learning: "PP1 to receive 1:1 sessions with the QDO on DA enquiries.",
  linked: false,
};
const ctx = compileContext({}).forScope("review.analysis.judgement");
const run = (row: Partial<EntryFields>) =>
  judg003NoJudgement.run({ ...base, ...row }, ctx).filter((f) => f.rule === "JUDG-003");

describe("judg003NoJudgement (JUDG-003)", () => {
  it("flags an empty judgement", () => {
    const found = run({ judgement: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("flags description only", () => {
    const found = run({ judgement: "PP1 spoke to Mr K on 4 June about the relationship." });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes a definitive judgement", () => {
    expect(run({})).toEqual([]);
  });
  it("passes an empty entry", () => {
    expect(run({ events: "", judgement: "" })).toEqual([]);
  });
});
