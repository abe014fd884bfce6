import { describe, expect, it } from "vitest";
import { runEntryRule } from "./entryFixture.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { judg007LearningNotAddressed } from "./judg007LearningNotAddressed.js";

const run = (row: Partial<EntryFields>) => runEntryRule(judg007LearningNotAddressed, "JUDG-007", row);

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
