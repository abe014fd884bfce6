import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { judg004NoUnderlyingReason } from "./judg004NoUnderlyingReason.js";

const base: EntryFields = {
  events: "PP1 did not request DA checks from the police when Mr K disclosed a new relationship in March.",
  judgement:
    "The risk assessment was insufficient because PP1 had not been shown how to request checks. This meant the risk management plan did not include safeguarding actions for Ms B, which was significant.",
  learning: "PP1 to receive 1:1 sessions with the QDO on DA enquiries.",
  linked: false,
};
const ctx = compileContext({}).forScope("review.analysis.judgement");
const run = (row: Partial<EntryFields>) =>
  judg004NoUnderlyingReason.run({ ...base, ...row }, ctx).filter((f) => f.rule === "JUDG-004");

describe("judg004NoUnderlyingReason (JUDG-004)", () => {
  it("flags unknown", () => {
    const found = run({ judgement: "Unknown." });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("flags a deficit with no why", () => {
    const found = run({
      judgement: "The risk assessment was insufficient. This meant the plan had no safeguarding actions.",
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes a reason", () => {
    expect(run({})).toEqual([]);
  });
});
