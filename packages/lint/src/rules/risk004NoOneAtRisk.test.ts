import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { risk004NoOneAtRisk } from "./risk004NoOneAtRisk.js";

const run = (text: string, scope = "review.risk") => runBlockRule(risk004NoOneAtRisk, text, scope);

describe("risk004NoOneAtRisk (RISK-004)", () => {
  it("flags a level with no one at risk", () => {
    expect(run("At the start of the review period Mr K was assessed as high risk of serious harm.")).toHaveLength(1);
  });
  it("passes a level with the group at risk", () => {
    expect(run("Mr K was assessed as high risk of serious harm to known adults, specifically Ms B.")).toEqual([]);
    expect(run("The RoSH to the public was medium.")).toEqual([]);
  });
  it("only runs in the risk section", () => {
    expect(run("Mr K was assessed as high risk of serious harm.", "review.summary")).toEqual([]);
  });
});
