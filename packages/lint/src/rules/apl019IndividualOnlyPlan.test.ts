import { describe, expect, it } from "vitest";
import { apl019IndividualOnlyPlan } from "./apl019IndividualOnlyPlan.js";

const row = (whoFor: string) => ({ objective: "o", whoFor, action: "a", measure: "m", owner: "PP1", date: "" });

describe("apl019IndividualOnlyPlan (APL-019, APL-020)", () => {
  it("flags a plan aimed only at individuals when the review judges managers or systems", () => {
    expect(apl019IndividualOnlyPlan([row("Individual"), row("Individual")], true).map((f) => f.rule)).toEqual([
      "APL-019",
    ]);
  });
  it("passes when a row is for a team or PDU", () => {
    expect(apl019IndividualOnlyPlan([row("Individual"), row("PDU")], true)).toEqual([]);
  });
  it("flags too many learning points", () => {
    expect(
      apl019IndividualOnlyPlan(
        Array.from({ length: 13 }, () => row("Team")),
        false,
      ).map((f) => f.rule),
    ).toEqual(["APL-020"]);
  });
});
