import { describe, expect, it } from "vitest";
import { buildSfoSchema } from "../buildSfoSchema.js";
import { NotShareableError, toShareableJson } from "../disclosure/toShareableJson.js";
import { type AttributedNodeName, defaultAttrs, nodeAttrSchemas } from "../document/nodeAttrs.schema.js";
import { validateDocumentJson } from "../document/validateDocumentJson.js";
import { visitJson } from "../document/visitJson.js";
import { summariseResponsePlan } from "../response/summariseResponsePlan.js";
import { sampleCase } from "./sampleCase.js";
import { sampleCaseHeader } from "./sampleCasePeople.js";

const documents = Object.entries(sampleCase());

describe("sampleCase", () => {
  it.each(documents)("%s is valid", (_name, json) => {
    const result = validateDocumentJson(json);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it.each(documents)("%s survives the schema unchanged (every attribute present)", (_name, json) => {
    expect(buildSfoSchema().nodeFromJSON(json).toJSON()).toEqual(json);
  });

  it("uses every node type of the schema, and every attribute with a value other than its default", () => {
    const types = new Set<string>();
    const filled = new Set<string>();
    for (const [, json] of documents) {
      visitJson(json, ({ node }) => {
        types.add(node.type);
        if (!(node.type in nodeAttrSchemas)) return;
        const defaults = defaultAttrs(node.type as AttributedNodeName);
        for (const [key, value] of Object.entries(node.attrs ?? {})) {
          if (JSON.stringify(value) !== JSON.stringify(defaults[key])) filled.add(`${node.type}.${key}`);
        }
      });
    }
    const schema = buildSfoSchema();
    expect(Object.keys(schema.nodes).filter((name) => !types.has(name))).toEqual([]);
    const allAttrs = Object.keys(nodeAttrSchemas).flatMap((type) =>
      Object.keys(defaultAttrs(type as AttributedNodeName)).map((key) => `${type}.${key}`),
    );
    // Attributes whose default is the right value for this case (one marking, one checklist
    // version, a single SFO date, a first submission, no resubmission, no parallel review).
    const defaultsThatFit = [
      "caseRecord.sfoDateEnd",
      "caseRecord.templateVersion",
      "caseRecord.protectiveMarking",
      "caseRecord.parallelReviews",
      "actionPlanUpdate.sequence",
      "qaDetails.submission",
      "qaDecision.resubmissionDueDate",
      "checklistAnswers.version",
      "responsePlanHeader.addressee",
    ];
    expect(allAttrs.filter((name) => !filled.has(name) && !defaultsThatFit.includes(name))).toEqual([]);
  });

  it("counts the response plan from its rows", () => {
    expect(summariseResponsePlan(sampleCase().responsePlan)).toEqual({
      agreed: 2,
      agreedInPrinciple: 1,
      partlyAgreed: 1,
      notAgreed: 1,
      uncategorised: 0,
      total: 4,
    });
  });

  it("contains no real names from the seeds", () => {
    const text = JSON.stringify(sampleCase());
    for (const name of ["McSweeney", "Jacques", "Bendall", "McCann", "bloggs"]) expect(text).not.toContain(name);
  });
});

describe("toShareableJson", () => {
  const { review } = sampleCase();
  const shareable = toShareableJson(review);
  const text = JSON.stringify(shareable);

  it("stays valid against the schema (owners can no longer be checked against the emptied register)", () => {
    const result = validateDocumentJson(shareable, { checkReferences: false });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("drops the register, the SFO reference and every not-for-disclosure cell", () => {
    for (const person of sampleCaseHeader.people) if (person.name) expect(text).not.toContain(person.name);
    expect(text).not.toContain("SFO60123");
    expect(text).not.toContain("07700 900123");
    visitJson(shareable, ({ node }) => {
      if (node.type === "entryNotForDisclosure") expect(node.content).toEqual([{ type: "paragraph" }]);
      if (node.type === "peopleRegister") expect(node.content).toBeUndefined();
    });
  });

  it("does not change the input", () => {
    expect(JSON.stringify(review)).toContain("Darren Mills");
  });

  it("refuses internal document kinds", () => {
    expect(() => toShareableJson(sampleCase().redactionLog)).toThrow(NotShareableError);
    expect(() => toShareableJson(sampleCase().qaChecklist)).toThrow(NotShareableError);
  });

  it("marks restricted node types in the ProseMirror schema", () => {
    const schema = buildSfoSchema();
    expect(schema.nodes.entryNotForDisclosure?.spec.disclosure).toBe("restricted");
    expect(schema.nodes.peopleRegister?.spec.disclosure).toBe("restricted");
    expect(schema.nodes.summary?.spec.disclosure).toBe("shareable");
  });
});
