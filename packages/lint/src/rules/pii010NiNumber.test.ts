import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii010NiNumber } from "./pii010NiNumber.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii010NiNumber (PII-010)", () => {
  it.each(["His NI number is AB 12 34 56 C.", "His NI number is QQ 12 34 56 C.", "NINO QQ123456D on file."])(
    "flags %s",
    (text) => {
      const found = runBlockRule(pii010NiNumber, text, "review.background", context).filter((f) =>
        f.rule.startsWith("PII-"),
      );
      expect(found.length).toBeGreaterThan(0);
    },
  );
  it.each([["His NI number is AB 12 34 56 C.", "AB 12 34 56 C"]])("marks the span in %s", (text, span) => {
    const found = runBlockRule(pii010NiNumber, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["He was in QA for 12 weeks."])("passes %s", (text) => {
    expect(
      runBlockRule(pii010NiNumber, text, "review.background", context).filter((f) => f.rule === "PII-010"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "His NI number is AB 12 34 56 C.";
    expect(
      runBlockRule(pii010NiNumber, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});

describe("pii010NiNumber: typed in lower case (heldout37)", () => {
  it("flags an NI number in lower case", () => {
    const text = "his NI no is qq 73 19 46 b (typed in lower case)";
    const found = runBlockRule(pii010NiNumber, text, "review.background", context).filter((f) => f.rule === "PII-010");
    expect(found.map((f) => text.slice(f.from, f.to))).toEqual(["qq 73 19 46 b"]);
  });
});
