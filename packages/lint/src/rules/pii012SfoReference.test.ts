import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii012SfoReference } from "./pii012SfoReference.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii012SfoReference (PII-012)", () => {
  it.each(["Reference SFO60001bloggsJstage was used."])("flags %s", (text) => {
    const found = runBlockRule(pii012SfoReference, text, "review.background", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["Reference SFO60001bloggsJstage was used.", "SFO60001bloggsJstage"]])(
    "marks the span in %s",
    (text, span) => {
      const found = runBlockRule(pii012SfoReference, text, "review.background", context);
      expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
    },
  );
  // A template's placeholder in the surname slot names nobody.
  it.each(["Reference SFO-TEST-0001 was used.", "The reference is SFO/xxxx/X/Notification until allocation."])(
    "passes %s",
    (text) => {
      expect(
        runBlockRule(pii012SfoReference, text, "review.background", context).filter((f) => f.rule === "PII-012"),
      ).toEqual([]);
    },
  );
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Reference SFO60001bloggsJstage was used.";
    expect(
      runBlockRule(pii012SfoReference, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
