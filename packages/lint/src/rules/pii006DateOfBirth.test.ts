import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii006DateOfBirth } from "./pii006DateOfBirth.js";
import { testRegister as register } from "./registerFixture.js";

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

describe("pii006DateOfBirth: more date-of-birth forms", () => {
  const spans = (text: string) =>
    runBlockRule(pii006DateOfBirth, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each([
    ["Her DOB: 14.07.1989 was on the referral.", "14.07.1989"],
    ["His date of birth, 9 November 1979, is in the notification.", "9 November 1979"],
    ["The victim's date of birth is listed as 06/02/2001 on the form.", "06/02/2001"],
    ["Mr K's date of birth (21/10/1993) was read out.", "21/10/1993"],
    ["His date of birth was given as 3 Sept 1988.", "3 Sept 1988"],
    ["She was born in Anytown on 5 May 1993.", "5 May 1993"],
    ["He was born on the 12th of March 1990.", "12th of March 1990"],
  ])("flags %s", (text, date) => {
    expect(spans(text).some((s) => s.endsWith(date))).toBe(true);
  });
  it.each([
    "His date of birth was not known until 12/03/2021, when police confirmed it.",
    "He was born in the north; the offence happened on 4 April 2022.",
    "The licence ended on 14.07.2023.",
    "Ms B was aged 27 when the offence took place on 1 May 2022.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
});
