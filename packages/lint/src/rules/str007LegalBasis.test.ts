import { newDocumentTemplate, reviewDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocumentRule } from "./documentLintFixture.js";

const run = (frontMatter?: string[]) => lintDocumentRule(reviewDocument({ frontMatter }), "STR-007");

describe("str007LegalBasis (STR-007)", () => {
  it("flags an empty or blank front matter, on its first paragraph", () => {
    const found = run();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", node: "paragraph", matchedText: "Legal basis for sharing" });
    expect(run(["  ", ""])).toHaveLength(1);
  });
  it("passes a written statement, the new review template and the sample review", () => {
    expect(run(["", "The review is shared under Part 3 of the Data Protection Act 2018."])).toEqual([]);
    expect(lintDocumentRule(newDocumentTemplate("review"), "STR-007")).toEqual([]);
    expect(lintDocumentRule(sampleCase().review, "STR-007")).toEqual([]);
  });
});
