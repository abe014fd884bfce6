import { actionPlanDocument, reviewDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocumentRule } from "./documentLintFixture.js";

const run = (reviewPeriodStart: string | null, reviewPeriodEnd: string | null) =>
  lintDocumentRule(reviewDocument({ caseRecord: { reviewPeriodStart, reviewPeriodEnd } }), "STR-001");

describe("str001ReviewPeriod (STR-001)", () => {
  it("flags a period under six months, on the case record", () => {
    const found = run("2024-08-15", "2025-02-14");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", node: "caseRecord" });
    expect(found[0]!.message).toContain("under six months");
  });
  it("flags a period reaching back more than two years", () => {
    expect(run("2023-02-13", "2025-02-14")[0]!.message).toContain("more than two years");
  });
  it("passes six months to two years, and the sample review", () => {
    expect(run("2024-08-14", "2025-02-14")).toEqual([]);
    expect(run("2023-02-14", "2025-02-14")).toEqual([]);
    expect(lintDocumentRule(sampleCase().review, "STR-001")).toEqual([]);
  });
  it("needs both dates, and checks reviews only", () => {
    expect(run("2025-01-01", null)).toEqual([]);
    const plan = actionPlanDocument({ caseRecord: { reviewPeriodStart: "2025-01-01", reviewPeriodEnd: "2025-02-01" } });
    expect(lintDocumentRule(plan, "STR-001")).toEqual([]);
  });
});
