import { responsePlanDocument, reviewDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocumentRule } from "./documentLintFixture.js";

describe("str006Glossary (STR-006)", () => {
  it("flags a review with an empty glossary, on the glossary section", () => {
    const found = lintDocumentRule(reviewDocument({ summary: ["PP1 did not request checks."] }), "STR-006");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", node: "glossary", matchedText: "Glossary" });
  });
  it("passes a glossary with an entry, and the sample review", () => {
    const review = reviewDocument({ glossary: [{ term: "OASys", expansion: "Offender Assessment System" }] });
    expect(lintDocumentRule(review, "STR-006")).toEqual([]);
    expect(lintDocumentRule(sampleCase().review, "STR-006")).toEqual([]);
  });
  it("checks reviews only", () => {
    expect(lintDocumentRule(responsePlanDocument({}), "STR-006")).toEqual([]);
  });
});
