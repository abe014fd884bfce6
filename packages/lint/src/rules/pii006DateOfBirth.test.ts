import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii006DateOfBirth } from "./pii006DateOfBirth.js";

const register = [
  { name: "Sarah Jenkins", identifier: "PP1", role: "staff", pronouns: "unconfirmed", identifiableByGender: true },
  { name: "Tom Reid", identifier: "SPO2", role: "staff", pronouns: "he/him" },
  { name: "Kelly Brown", identifier: "Ms B", role: "SFO victim" },
  { name: "Darren Mills", identifier: "Mr K", role: "supervised individual" },
];
const context = { register };

describe("pii006DateOfBirth (PII-006)", () => {
  it.each(["Darren Mills (DOB 02/05/1991) was on licence.", "He was born on 3 May 1990."])("flags %s", (text) => {
    const found = runBlockRule(pii006DateOfBirth, text, "review.background", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["Darren Mills (DOB 02/05/1991) was on licence.", "DOB 02/05/1991"],
    ["He was born on 3 May 1990.", "born on 3 May 1990"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(pii006DateOfBirth, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["The assessment was completed on 02/05/2023.", "His sister was 14 at the time."])("passes %s", (text) => {
    expect(
      runBlockRule(pii006DateOfBirth, text, "review.background", context).filter((f) => f.rule === "PII-006"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Darren Mills (DOB 02/05/1991) was on licence.";
    expect(
      runBlockRule(pii006DateOfBirth, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
