import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii008PhoneNumber } from "./pii008PhoneNumber.js";

const register = [
  { name: "Sarah Jenkins", identifier: "PP1", role: "staff", pronouns: "unconfirmed", identifiableByGender: true },
  { name: "Tom Reid", identifier: "SPO2", role: "staff", pronouns: "he/him" },
  { name: "Kelly Brown", identifier: "Ms B", role: "SFO victim" },
  { name: "Darren Mills", identifier: "Mr K", role: "supervised individual" },
];
const context = { register };

describe("pii008PhoneNumber (PII-008)", () => {
  it.each(["Her mobile is 07700 900123.", "Call 0113 496 0000."])("flags %s", (text) => {
    const found = runBlockRule(pii008PhoneNumber, text, "review.background", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["Her mobile is 07700 900123.", "07700 900123"],
    ["Call 0113 496 0000.", "0113 496 0000"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(pii008PhoneNumber, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["The audit covered 15 cases between 01/02/2023 and 30/04/2023."])("passes %s", (text) => {
    expect(
      runBlockRule(pii008PhoneNumber, text, "review.background", context).filter((f) => f.rule === "PII-008"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Her mobile is 07700 900123.";
    expect(
      runBlockRule(pii008PhoneNumber, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
