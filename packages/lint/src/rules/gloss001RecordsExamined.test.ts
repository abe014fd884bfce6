import { actionPlanDocument, type RecordExaminedInput, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { lintReviewFor, sampleReviewWith } from "./reviewFixture.js";

const glossary = [{ term: "OASys", expansion: "offender assessment system" }];
const run = (recordsExamined: RecordExaminedInput[]) =>
  lintReviewFor("GLOSS-001", { summary: ["PP1 completed the OASys assessment."], glossary, recordsExamined });
const caseFile = { recordType: "nDelius case record", period: "2024 to 2025", obtained: true };

describe("gloss001RecordsExamined (GLOSS-001)", () => {
  it("flags a review with no records examined, as an error on the records examined section", () => {
    const found = run([]);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.matchedText).toBe("records examined");
    expect(found[0]!.node).toBe("recordsExamined");
    expect(lintReviewFor("GLOSS-001", sampleReviewWith("recordsExamined")).map((f) => f.node)).toEqual([
      "recordsExamined",
    ]);
  });

  it("ignores records with no record type", () => {
    expect(run([{ recordType: "", obtained: false }])).toHaveLength(1);
  });

  it("flags records that say nothing about information that could not be obtained", () => {
    const found = run([caseFile, { recordType: "OASys assessments", obtained: true, note: "" }]);
    expect(found.map((f) => f.matchedText)).toEqual(["information not obtained"]);
    expect(run([{ ...caseFile, obtained: null }])).toHaveLength(1);
  });

  it("passes a record not obtained, or an explicit none", () => {
    expect(run([caseFile, { recordType: "Children's services records", obtained: false }])).toEqual([]);
    expect(run([caseFile, { recordType: "Information that could not be obtained", note: "None." }])).toEqual([]);
    expect(run([{ ...caseFile, note: "All relevant records were obtained." }])).toEqual([]);
    expect(run([{ ...caseFile, note: "Information not obtained: none" }])).toEqual([]);
    expect(
      run([{ ...caseFile, obtained: null, note: "Requested in March; not received by the time of writing." }]),
    ).toEqual([]);
  });

  it("raises nothing on the sample case, other document kinds or plain text", () => {
    expect(lintReviewFor("GLOSS-001", sampleCase().review)).toEqual([]);
    expect(lintReviewFor("GLOSS-001", actionPlanDocument({}))).toEqual([]);
    expect(lintText("Records examined: none listed.").filter((f) => f.rule === "GLOSS-001")).toEqual([]);
  });
});
