import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocument } from "../lintDocument.js";
import { personEntry, readCaseHeader } from "./readCaseHeader.js";

const schema = buildSfoSchema();

describe("readCaseHeader", () => {
  const doc = schema.nodeFromJSON(
    reviewDocument({
      caseRecord: { managingRegion: "London" },
      people: [
        { identifier: "PP1", name: "Sarah Jenkins", role: "probation-practitioner" },
        { identifier: "Ms B", name: "Kelly Brown", role: "victim" },
      ],
      summary: ["Sarah Jenkins met Kelly Brown on 4 June."],
    }),
  );

  it("reads the people register and region from the document", () => {
    const header = readCaseHeader(doc);
    expect(header.region).toBe("London");
    expect(header.register?.map((e) => [e.identifier, e.role])).toEqual([
      ["PP1", "staff"],
      ["Ms B", "victim"],
    ]);
  });

  it("lets lintDocument use the register when the context has none", () => {
    const rules = lintDocument(doc).map((f) => f.rule);
    expect(rules).toContain("PII-001");
    expect(rules).toContain("PII-003");
  });

  it("maps schema person attributes to register entries", () => {
    expect(
      personEntry({
        identifier: "SPO2",
        name: "Tom Reid",
        role: "senior-probation-officer",
        pronouns: "he/him",
        genderNeutral: false,
        status: "absent",
      }),
    ).toEqual({
      identifier: "SPO2",
      name: "Tom Reid",
      role: "staff",
      pronouns: "he/him",
      status: "absent",
    });
  });
});
