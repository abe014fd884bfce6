import { describe, expect, it, vi } from "vitest";
import { blockRules } from "../rules/blockRules.js";
import { lintBlock } from "./lintBlock.js";
import { compileContext } from "./RuleContext.js";

describe("lintBlock", () => {
  it("turns a throwing rule into one LINT-INTERNAL finding and runs the others", () => {
    const rule = blockRules[0]!;
    const spy = vi.spyOn(rule, "run").mockImplementation(() => {
      throw new Error("boom");
    });
    const onError = vi.fn();
    const result = lintBlock("PP1 failed to act.", "review.summary", compileContext(), onError);
    spy.mockRestore();
    expect(result.findings.filter((f) => f.rule === "LINT-INTERNAL")).toHaveLength(1);
    expect(result.findings.some((f) => f.rule === "TONE-001")).toBe(true);
    expect(onError).toHaveBeenCalledWith("LANG-001", expect.any(Error));
  });

  it("keys findings by a content hash of text and scope", () => {
    const a = lintBlock("PP1 failed to act.", "review.summary", compileContext());
    const b = lintBlock("PP1 failed to act.", "review.background", compileContext());
    expect(a.hash).not.toBe(b.hash);
    expect(a.findings[0]!.blockHash).toBe(a.hash);
  });
});
