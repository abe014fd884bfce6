import { describe, expect, it } from "vitest";
import { runEntryRule } from "./entryFixture.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { judg003NoJudgement } from "./judg003NoJudgement.js";

const run = (row: Partial<EntryFields>) => runEntryRule(judg003NoJudgement, "JUDG-003", row);

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
