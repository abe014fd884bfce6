import { newDocumentTemplate, responsePlanDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocumentRule } from "./documentLintFixture.js";

const header = {
  submittedDate: "2025-10-06",
  reportTitle: "Thematic inspection of supervision (synthetic)",
  publishedDate: "2025-09-08",
};
const run = (h: Partial<typeof header>) =>
  lintDocumentRule(
    responsePlanDocument({ header: h, recommendations: [{ number: 1, text: ["Do a."], category: "Agreed" }] }),
    "RESP-010",
  );

describe("resp010HeaderFields (RESP-010)", () => {
  it("flags each missing header field on the header", () => {
    const found = run({ reportTitle: header.reportTitle });
    expect(found.map((f) => f.matchedText)).toEqual(["Action Plan Submitted", "Report Published"]);
    expect(found.every((f) => f.node === "responsePlanHeader" && f.severity === "error")).toBe(true);
  });
  it("treats a blank title as missing", () => {
    expect(run({ ...header, reportTitle: "   " }).map((f) => f.matchedText)).toEqual(["A Response to"]);
  });
  it("flags the new response plan template until the header is filled in", () => {
    expect(lintDocumentRule(newDocumentTemplate("response-plan"), "RESP-010")).toHaveLength(3);
  });
  it("passes a complete header and the sample response plan", () => {
    expect(run(header)).toEqual([]);
    expect(lintDocumentRule(sampleCase().responsePlan, "RESP-010")).toEqual([]);
  });
  it("does not run on other document kinds", () => {
    expect(lintDocumentRule(sampleCase().review, "RESP-010")).toEqual([]);
  });
});
