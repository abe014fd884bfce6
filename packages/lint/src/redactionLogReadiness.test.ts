import { buildSfoSchema, type PmNodeJson, reviewDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { redactionLogReadiness } from "./redactionLogReadiness.js";

const schema = buildSfoSchema();
const node = (json: PmNodeJson) => schema.nodeFromJSON(json);

/** The sample log with one entry's attributes changed. */
function sampleLogWith(index: number, attrs: Record<string, unknown>): PmNodeJson {
  const log = structuredClone(sampleCase().redactionLog);
  const entries = log.content![0]!.content!.filter((n) => n.type === "redactionEntry");
  Object.assign(entries[index]!.attrs!, attrs);
  return log;
}

describe("redactionLogReadiness", () => {
  it("is ready for the sample case: every entry complete and every NFD cell logged", () => {
    const { redactionLog, review } = sampleCase();
    expect(redactionLogReadiness(node(redactionLog), node(review))).toEqual({ ready: true, gaps: [] });
  });

  it("is not ready when an entry lacks its senior manager sign-off or its decision", () => {
    const result = redactionLogReadiness(node(sampleLogWith(1, { signedOffBy: "", decision: null })));
    expect(result.ready).toBe(false);
    expect(result.gaps.map((g) => [g.rule, g.entry, g.kind])).toEqual([
      ["PII-021", "R2", "decision"],
      ["PII-021", "R2", "signOff"],
    ]);
  });

  it("reports NFD content in the review with no log entry", () => {
    const review = reviewDocument({
      analysis: {
        assessment: [{ id: "E1", events: ["PP1 completed the assessment."], notForDisclosure: ["A's reports."] }],
        planning: [{ id: "E9", events: ["PP1 wrote the plan."], notForDisclosure: ["Ms B's address."] }],
      },
    });
    const result = redactionLogReadiness(node(sampleCase().redactionLog), node(review));
    expect(result.ready).toBe(false);
    expect(result.gaps.map((g) => [g.entry, g.kind])).toEqual([["E9", "unlogged"]]);
  });

  it("refuses a document that is not a redaction log", () => {
    expect(() => redactionLogReadiness(node(sampleCase().review))).toThrow(TypeError);
  });
});
