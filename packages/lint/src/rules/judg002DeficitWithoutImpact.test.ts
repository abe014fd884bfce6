import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { judg002DeficitWithoutImpact } from "./judg002DeficitWithoutImpact.js";

const base: EntryFields = {
  events: "PP1 did not request DA checks from the police when Mr K disclosed a new relationship in March.",
  judgement:
    "The risk assessment was insufficient because PP1 had not been shown how to request checks. This meant the risk management plan did not include safeguarding actions for Ms B, which was significant.",
  learning: "PP1 to receive 1:1 sessions with the QDO on DA enquiries.",
  linked: false,
};
const ctx = compileContext({}).forScope("review.analysis.judgement");
const run = (row: Partial<EntryFields>) =>
  judg002DeficitWithoutImpact.run({ ...base, ...row }, ctx).filter((f) => f.rule === "JUDG-002");

describe("judg002DeficitWithoutImpact (JUDG-002)", () => {
  it("flags a deficit without impact", () => {
    const found = run({ judgement: "PP1 did not request the checks because they had not been shown how." });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("passes the 003 model of impact", () => {
    expect(run({})).toEqual([]);
  });
});
