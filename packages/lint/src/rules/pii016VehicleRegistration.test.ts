import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii016VehicleRegistration } from "./pii016VehicleRegistration.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };
const spans = (text: string, scope = "review.background") =>
  runBlockRule(pii016VehicleRegistration, text, scope, context)
    .filter((f) => f.rule === "PII-016")
    .map((f) => text.slice(f.from, f.to));

describe("pii016VehicleRegistration (PII-016, heldout38)", () => {
  it.each([
    // An older mark, only where the text speaks of a vehicle.
    ["Doe drove the horsebox, R417 KDT, out of the field.", ["R417 KDT"]],
    ["Room B101 is on the A614 route.", []],
    ["He was a registered carer on Level E3 ICT. He was registered with the GP and held in cell B2 CSU.", []],
    ["The hire car used on the line, ZQ19 XWL, was registered to his sister.", ["ZQ19 XWL"]],
    ["He was stopped in a car registered ZK64WTP.", ["ZK64WTP"]],
  ])("flags %s", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  it.each([
    "He lived at 4 Elm Road, Quaymoor QI1 6RP.",
    "The report IR-26-004418 was graded 3B.",
    "His prison number was B4826TJ.",
    "In FY24 SFO reviews rose.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
  // A firm's fleet vehicle identifies the firm (heldout151, 197, 200, 208): a note, unless a keeper or a stop is named.
  it.each([
    ["Van VX73 KDN was allocated to round 9.", "info"],
    ["The lorry's registration was WJ63 RTZ on the weighbridge log.", "info"],
    ["The garage courtesy car, registration KN22 HVB, was parked in the yard.", "info"],
    ["The hospital pool van, LX64 HPV, was parked beside it.", "info"],
    ["The forklift registration MX19 PMC belongs to the market.", "info"],
    ["The brewery van, LY64 KTP, was parked in the yard.", "info"],
    ["He was seen driving tractor BY64 KXA on 14 June.", "info"],
    ["The hostel van, UA72 KHB, was parked outside.", "info"],
    ["The shop's delivery van, CX64 HRN, was parked outside.", "info"],
    ["The farm quad bike is IH70 RDX.", "info"],
    ["The quad bike, registration ZB21 TLH, was seized.", "warning"],
    ["The company van, WK19 RZN, was registered to his brother.", "warning"],
    ["His car, FR15 KPM, was parked at the depot.", "warning"],
    ["The victim's car, registration YX19 ABC, was seen on round 3.", "warning"],
    // A fleet's car by its number, a firm's own van (heldout839, heldout841).
    ["Dashcam event 14:32: harsh braking, car 3, DK21 VOP.", "info"],
    ["The van on the camera was the firm's own, WK19 FDR.", "info"],
    ["His own car, FX68 LRM, was seen on the camera.", "warning"],
    ["The warehouse van, registration CX19 HSP, was parked across the bay.", "info"],
    ["The van on the booking form, YT15 KRL, belongs to a hire firm.", "info"],
    ["Horsebox VX63 HTB belongs to Lapinlahti Riding School.", "info"],
  ])("in %s gives a %s", (text, severity) => {
    const found = runBlockRule(pii016VehicleRegistration, text, "review.background", context);
    expect(found.map((f) => f.severity)).toEqual([severity]);
  });
  it("is exempt in the not-for-disclosure column", () => {
    expect(spans("The car was ZQ19 XWL.", "review.analysis.nfd")).toEqual([]);
  });
});
