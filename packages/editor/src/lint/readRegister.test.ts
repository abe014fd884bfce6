import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { findPeopleRegister, readRegister } from "./readRegister.js";

describe("readRegister", () => {
  it("reads the people register atoms into the linter's register entries", () => {
    const doc = buildSfoSchema().nodeFromJSON(
      reviewDocument({
        people: [
          { identifier: "PP1", name: "Jordan Pike", role: "probation-practitioner", pronouns: "they/them" },
          { identifier: "Victim A", name: "Alex Moor", role: "victim", genderNeutral: false },
          { identifier: "AB", name: "Aaron Brook", role: "supervised-individual" },
          { identifier: "RM", name: "Rowan Reviewer", role: "reviewing-manager", status: "in post" },
          { identifier: "", name: "No Identifier", role: "third-party" },
        ],
      }),
    );
    expect(readRegister(findPeopleRegister(doc))).toEqual([
      { name: "Jordan Pike", identifier: "PP1", role: "staff", pronouns: "they/them", identifiableByGender: true },
      { name: "Alex Moor", identifier: "Victim A", role: "victim" },
      { name: "Aaron Brook", identifier: "AB", role: "supervised individual", identifiableByGender: true },
      { name: "Rowan Reviewer", identifier: "RM", role: "rm", identifiableByGender: true, status: "in post" },
    ]);
  });

  it("gives an empty register for a document without one", () => {
    expect(readRegister(null)).toEqual([]);
  });
});
