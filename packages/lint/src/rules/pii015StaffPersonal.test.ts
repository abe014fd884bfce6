import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii015StaffPersonal } from "./pii015StaffPersonal.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii015StaffPersonal (PII-015)", () => {
  it.each(["SPO2 was off sick for six weeks with anxiety after a bereavement."])("flags %s", (text) => {
    const found = runBlockRule(pii015StaffPersonal, text, "review.analysis.events", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    [
      "SPO2 was off sick for six weeks with anxiety after a bereavement.",
      "off sick for six weeks with anxiety after a bereavement",
    ],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(pii015StaffPersonal, text, "review.analysis.events", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it("still flags a staff member signed off by their doctor", () => {
    const found = runBlockRule(
      pii015StaffPersonal,
      "PP1 was signed off by her GP for a month.",
      "review.analysis.events",
      context,
    );
    expect(found.map((f) => f.rule)).toEqual(["PII-015"]);
  });
  it.each([
    "SPO2 was absent for a period, and no cover arrangements were put in place.",
    "The decision was signed off by the Head of PDU after SPO2 reviewed it.",
  ])("passes %s", (text) => {
    expect(
      runBlockRule(pii015StaffPersonal, text, "review.analysis.events", context).filter((f) => f.rule === "PII-015"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "SPO2 was off sick for six weeks with anxiety after a bereavement.";
    expect(
      runBlockRule(pii015StaffPersonal, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});

describe("pii015StaffPersonal: signed off", () => {
  const found = (text: string) =>
    runBlockRule(pii015StaffPersonal, text, "review.analysis.events", context).filter((f) => f.rule === "PII-015");
  it.each([
    "SPO4 was signed off sick in the week before the home visit.",
    "PP3 had been signed off work since October.",
    "PP3 was signed off for three weeks in the spring.",
    "SPO4 was signed off with stress.",
    "PP3 was signed off on sick leave in May.",
    "PP2 was signed off by SPO1 with stress.",
    "PP4 received bereavement support from the staff welfare scheme.",
  ])("flags sick leave in %s", (text) => {
    expect(found(text)).toHaveLength(1);
  });
  it.each([
    "SPO4 signed off the risk management plan two days later.",
    "PP3 signed off a revised sentence plan without reading it.",
    "The manager PDU2 signed off her assessment at the end of the month.",
    "SPO4 signed off their recommendation, and PP3 signed off these actions.",
    "PP3 signed off on the decision to recall.",
    "Entry 12 – withheld – signed off by PDU1 on 19/06/2025.",
    "PP7 referred Ms S to a bereavement charity in the town.",
  ])("passes an approval in %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
