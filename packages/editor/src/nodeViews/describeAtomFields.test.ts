import { describe, expect, it } from "vitest";
import { describeAtomFields, humanise } from "./describeAtomFields.js";

describe("describeAtomFields", () => {
  it("reads typed fields of the learning cells from the schema", () => {
    expect(describeAtomFields("learningWhoFor")).toEqual([
      {
        key: "level",
        label: "Level",
        kind: "enum",
        options: ["Individual", "Team", "PDU", "Region", "National"],
        nullable: true,
      },
    ]);
    expect(describeAtomFields("learningOwners")).toEqual([{ key: "owners", label: "Owners", kind: "identifierList" }]);
    expect(describeAtomFields("learningDates").map((field) => field.kind)).toEqual(["date", "date", "longText"]);
  });

  it("describes the case record, with identifiers picked from the register and the marking fixed", () => {
    const fields = Object.fromEntries(describeAtomFields("caseRecord").map((field) => [field.key, field.kind]));
    expect(fields).toMatchObject({
      sfoReference: "text",
      managingRegion: "enum",
      highProfile: "boolean",
      charges: "textList",
      sfoDate: "date",
      firstCourtAppearance: "date",
      reviewPeriodStart: "date",
      parallelReviews: "enumList",
      protectiveMarking: "fixed",
      reviewingManager: "identifier",
    });
  });

  it("lets a person's own identifier be typed, not picked", () => {
    expect(describeAtomFields("person").find((field) => field.key === "identifier")?.kind).toBe("text");
  });

  it("gives nothing for a node without attributes", () => {
    expect(describeAtomFields("paragraph")).toEqual([]);
  });

  it("humanises attribute names", () => {
    expect(humanise("sfoReference")).toBe("SFO reference");
    expect(humanise("firstCourtAppearance")).toBe("First court appearance");
  });
});

describe("atomTitle", () => {
  it("uses the exact column headings of the action plan tables", async () => {
    const { atomTitle } = await import("./atomTitle.js");
    expect(atomTitle("learningWhoFor")).toBe("Who the action is for");
    expect(atomTitle("caseRecord")).toBe("Case record");
  });
});
