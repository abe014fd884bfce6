import { describe, expect, it } from "vitest";
import { runEntryRule } from "./entryFixture.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { judg002DeficitWithoutImpact } from "./judg002DeficitWithoutImpact.js";

const run = (row: Partial<EntryFields>) => runEntryRule(judg002DeficitWithoutImpact, "JUDG-002", row);

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
