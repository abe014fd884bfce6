import { describe, expect, it } from "vitest";
import { applyDismissals } from "./dismissals.js";
import { lintText } from "./lintText.js";

describe("applyDismissals", () => {
  it("filters by rule, block hash and matched text, not by position", () => {
    const findings = lintText("PP1 failed to act.\n\nSPO2 failed to act.");
    const first = findings.find((f) => f.rule === "TONE-001")!;
    const kept = applyDismissals(findings, [
      { rule: "TONE-001", blockHash: first.blockHash, matchedText: "failed to", reason: "significant failing" },
    ]);
    expect(kept.filter((f) => f.rule === "TONE-001")).toHaveLength(1);
    const moved = lintText("New first paragraph.\n\nPP1 failed to act.");
    expect(
      applyDismissals(moved, [{ rule: "TONE-001", blockHash: first.blockHash }]).filter((f) => f.rule === "TONE-001"),
    ).toEqual([]);
  });
});
