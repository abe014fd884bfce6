import { actionPlanDocument, reviewDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocumentRule } from "./documentLintFixture.js";

const learningRows = [{ id: "LP1", objective: ["PP1 to evidence effective practice in domestic abuse cases."] }];
const goodPracticeRows = [{ id: "GP1", objective: ["To share PP2's approach to emergency meetings."] }];
const run = (input: Parameters<typeof reviewDocument>[0]) =>
  lintDocumentRule(reviewDocument({ learningRows, ...input }), "STR-010").map((f) => f.matchedText);

describe("str010PlanTables (STR-010)", () => {
  it("flags an action plan with no learning rows, on the learning table", () => {
    const found = lintDocumentRule(reviewDocument({}), "STR-010");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", node: "learningTable", matchedText: "Learning table" });
  });
  it("flags good practice identified in the review with no good practice rows", () => {
    expect(run({ judgements: ["PP2's response is good practice."] })).toEqual(["Good practice table"]);
    expect(
      run({ analysis: { reviewing: [{ id: "r1", judgements: ["This was good practice that should be shared."] }] } }),
    ).toEqual(["Good practice table"]);
    expect(run({ summary: ["There was also good practice, in the response to Ms B."] })).toEqual([
      "Good practice table",
    ]);
  });
  it("does not read negated good practice, guidance names or the NFD column as good practice identified", () => {
    for (const judgements of [
      ["No good practice was identified."],
      ["The contact was expected practice rather than good practice."],
      ["This wasn't good practice."],
      ["The good practice guide on home visits was not followed."],
      ["Visits were not in line with good practice."],
    ])
      expect(run({ judgements })).toEqual([]);
    expect(run({ analysis: { planning: [{ id: "p1", notForDisclosure: ["Good practice by PP2."] }] } })).toEqual([]);
  });
  it("passes a plan with both tables, and the sample review", () => {
    expect(run({ judgements: ["PP2's response is good practice."], goodPracticeRows })).toEqual([]);
    expect(lintDocumentRule(sampleCase().review, "STR-010")).toEqual([]);
  });
  it("checks reviews only", () => {
    expect(lintDocumentRule(actionPlanDocument({}), "STR-010")).toEqual([]);
  });
});
