import { describe, expect, it } from "vitest";
import { runEntryRule } from "./entryFixture.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { judg004NoUnderlyingReason } from "./judg004NoUnderlyingReason.js";

const run = (row: Partial<EntryFields>) => runEntryRule(judg004NoUnderlyingReason, "JUDG-004", row);

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
