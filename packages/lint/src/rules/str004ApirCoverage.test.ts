import { reviewDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocumentRule } from "./documentLintFixture.js";

const run = (analysis: Parameters<typeof reviewDocument>[0]["analysis"]) =>
  lintDocumentRule(reviewDocument({ analysis }), "STR-004");
const entry = (id: string, events: string) => [{ id, events: [events] }];
const written = {
  assessment: entry("a1", "PP1 completed the assessment on time; SPO2 countersigned it without comment."),
  planning: entry("p1", "The plan had no victim safety actions."),
  implementation: entry("i1", "PP1 had two supervision sessions with SPO2; management oversight was limited."),
  reviewing: entry("r1", "The plan was not reviewed after the police call-out."),
};

describe("str004ApirCoverage (STR-004)", () => {
  it("flags each APIR stage with no written entry, on that stage's first entry", () => {
    const assessment = entry("a1", "SPO2 countersigned the assessment; management oversight was limited.");
    const found = run({ assessment, planning: [{ id: "p1", events: [" "] }] });
    expect(found.map((f) => f.matchedText)).toEqual(["Planning", "Implementation", "Reviewing"]);
    expect(found[0]).toMatchObject({ severity: "warning", node: "paragraph", blockId: "p1" });
  });
  it("does not count text kept only in the not-for-disclosure column", () => {
    const found = run({ ...written, reviewing: [{ id: "r1", notForDisclosure: ["Ms B's new address."] }] });
    expect(found.map((f) => f.matchedText)).toEqual(["Reviewing"]);
  });
  it("flags an analysis that never examines countersigning or management oversight", () => {
    const found = run({
      ...written,
      assessment: entry("a1", "PP1 completed the assessment on time."),
      implementation: entry("i1", "PP1 visited the home once."),
    });
    expect(found.map((f) => f.matchedText)).toEqual(["countersigning", "management oversight"]);
    expect(found[0]!.blockId).toBe("a1");
  });
  it("reports only the missing stages while the analysis is unwritten", () => {
    expect(run({}).map((f) => f.matchedText)).toEqual(["Assessment", "Planning", "Implementation", "Reviewing"]);
  });
  it("passes a full analysis and the sample review", () => {
    expect(run(written)).toEqual([]);
    expect(lintDocumentRule(sampleCase().review, "STR-004")).toEqual([]);
  });
});
