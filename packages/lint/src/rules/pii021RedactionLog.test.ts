import {
  buildSfoSchema,
  newDocumentTemplate,
  type RedactionEntryInput,
  redactionLogDocument,
  sampleCase,
} from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocument } from "../lintDocument.js";

const schema = buildSfoSchema();
const complete: RedactionEntryInput = {
  id: "R1",
  location: "Analysis > Reviewing > entry 2 (not for disclosure)",
  entryId: "E8",
  category: "victim identity",
  decision: "withhold",
  signedOffBy: "SM1",
  signedOffDate: "2025-09-10",
  gist: ["Ms B's mobile number given for safety calls."],
  argumentsFor: ["Personal data not needed to understand the review."],
  argumentsAgainst: ["None."],
};
const lint = (entry: Partial<RedactionEntryInput>) => {
  const doc = schema.nodeFromJSON(redactionLogDocument({ entries: [{ ...complete, ...entry }] }));
  return lintDocument(doc)
    .filter((f) => f.rule === "PII-021")
    .map((f) => ({ severity: f.severity, field: f.field, text: doc.textBetween(f.from, f.to), message: f.message }));
};

describe("pii021RedactionLog (PII-021)", () => {
  it("passes a complete entry, the sample case's log and a new empty log", () => {
    expect(lint({})).toEqual([]);
    for (const json of [sampleCase().redactionLog, newDocumentTemplate("redaction-log")])
      expect(lintDocument(schema.nodeFromJSON(json)).filter((f) => f.rule === "PII-021")).toEqual([]);
  });

  it("flags missing arguments for and against on their own cells", () => {
    const found = lint({ argumentsFor: [], argumentsAgainst: [] });
    expect(found.map((f) => [f.severity, f.field])).toEqual([
      ["error", "argumentsFor"],
      ["error", "argumentsAgainst"],
    ]);
    expect(lint({ argumentsAgainst: ["  "] }).map((f) => f.field)).toEqual(["argumentsAgainst"]);
  });

  it("flags a missing decision on the gist", () => {
    const found = lint({ decision: null });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", text: "Ms B's mobile number given for safety calls." });
    expect(found[0]!.message).toContain("decision");
  });

  it("flags a missing senior manager sign-off, or its date", () => {
    expect(lint({ signedOffBy: "", signedOffDate: null }).map((f) => f.message)).toEqual([
      "A senior manager must sign off this entry before the review is shared.",
    ]);
    expect(lint({ signedOffDate: null }).map((f) => f.message)).toEqual([
      "Record the date of the senior manager's sign-off.",
    ]);
  });
});
