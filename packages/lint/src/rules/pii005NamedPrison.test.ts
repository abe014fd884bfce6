import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii005NamedPrison } from "./pii005NamedPrison.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii005NamedPrison (PII-005)", () => {
  it.each(["He was released from HMP Leeds on 3 March.", "He moved to Wandsworth Prison."])("flags %s", (text) => {
    const found = runBlockRule(pii005NamedPrison, text, "review.background", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["He was released from HMP Leeds on 3 March.", "HMP Leeds"],
    ["He moved to Wandsworth Prison.", "Wandsworth Prison"],
    ["Nobody told her that he had left Thistlebrook prison.", "Thistlebrook prison"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(pii005NamedPrison, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each([
    "He was released from prison on 3 March.",
    "The Prison Service and HM Prison and Probation Service agreed.",
    "He was held in a Victorian prison, then a Category B prison, then an open prison.",
    "The prison was a Training prison with a Local prison wing.",
    "Every prison has an offender management unit; Each prison keeps its own records.",
    "The Digital Prison Service and NDelius do not share one record.",
    "Earlier prison: open conditions in 2021. Last prison: a Category C.",
  ])("passes %s", (text) => {
    expect(
      runBlockRule(pii005NamedPrison, text, "review.background", context).filter((f) => f.rule === "PII-005"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "He was released from HMP Leeds on 3 March.";
    expect(
      runBlockRule(pii005NamedPrison, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});

describe("pii005NamedPrison: YOI after the name", () => {
  it("flags a young offender institution named before YOI", () => {
    const text = "He spent four months at Ashgrove YOI before his release.";
    const found = runBlockRule(pii005NamedPrison, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toEqual(["Ashgrove YOI"]);
  });
  it("passes a generic YOI", () => {
    expect(
      runBlockRule(
        pii005NamedPrison,
        "He was sent to a YOI at 17. The YOI had no places.",
        "review.background",
        context,
      ),
    ).toEqual([]);
  });
});

describe("pii005NamedPrison: typed in lower case (heldout37)", () => {
  const spans = (text: string) =>
    runBlockRule(pii005NamedPrison, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it("flags hmp before a lower-case name", () => {
    expect(spans("released from hmp wigeonfield 4/3, straight to the AP")).toEqual(["hmp wigeonfield"]);
  });
  it("passes hmp before a generic word", () => {
    expect(spans("he went back to the hmp the next day")).toEqual([]);
    expect(spans("discussed with hmp staff re release, hmp omu confirmed the date")).toEqual([]);
  });
});

describe("pii005NamedPrison: a prison whose name starts with 'The' (heldout797)", () => {
  const spans = (text: string) =>
    runBlockRule(pii005NamedPrison, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each<[string, string[]]>([
    ["Previous sentence served at HMP The Verne between 2009 and 2012.", ["HMP The Verne"]],
    ["Transferred to HMP The Mount in May.", ["HMP The Mount"]],
    ["HMP The hall was cold.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
