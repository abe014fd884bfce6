import { buildSfoSchema, reviewDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { compileContext } from "../engine/RuleContext.js";
import { lintDocument } from "../lintDocument.js";
import type { EntryFields } from "../plan/EntryFields.js";
import { pii019NfdWithoutSummary } from "./pii019NfdWithoutSummary.js";

const summary =
  "On 7 February 2025 Ms B contacted the office and told PP2 that she was frightened of Mr K. PP2 arranged an emergency professionals meeting the same afternoon.";
const base: EntryFields = {
  events: summary,
  judgement: "PP2's response was prompt and well coordinated.",
  learning: "",
  nfd: "Ms B gave PP2 a new mobile number, 07700 900123, for safety calls.",
  linked: false,
};
const ctx = compileContext({}).forScope("review.analysis.judgement");
const run = (entry: Partial<EntryFields>) =>
  pii019NfdWithoutSummary.run({ ...base, ...entry }, ctx).filter((f) => f.rule === "PII-019");

describe("pii019NfdWithoutSummary (PII-019)", () => {
  it("flags NFD content with an empty events column", () => {
    const found = run({ events: "" });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", field: "events" });
    expect(found[0]!.message).toContain("disclosable summary");
  });

  it("flags NFD content with a thin events column, covering it", () => {
    const events = "See the not-for-disclosure column.";
    const found = run({ events });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: 0, to: events.length });
    expect(found[0]!.message).toContain("4 words");
  });

  it("passes a disclosable summary of 15 words or more, and entries without NFD content", () => {
    expect(run({})).toEqual([]);
    expect(run({ events: "Ms B told PP2 that she was frightened of Mr K, and PP2 acted on it that day." })).toEqual([]);
    expect(run({ events: "", nfd: " " })).toEqual([]);
    expect(run({ events: "", nfd: undefined })).toEqual([]);
  });

  it("reads the NFD column of an analysis entry in a document and marks its events cell", () => {
    const schema = buildSfoSchema();
    const doc = schema.nodeFromJSON(
      reviewDocument({
        analysis: {
          reviewing: [{ id: "E8", events: ["PP2 acted."], notForDisclosure: [base.nfd!] }],
        },
      }),
    );
    const found = lintDocument(doc).filter((f) => f.rule === "PII-019");
    expect(found.map((f) => [doc.textBetween(f.from, f.to), f.blockId])).toEqual([["PP2 acted.", "E8"]]);
  });

  it("raises nothing on the sample review", () => {
    const doc = buildSfoSchema().nodeFromJSON(sampleCase().review);
    expect(lintDocument(doc).filter((f) => f.rule === "PII-019")).toEqual([]);
  });
});
