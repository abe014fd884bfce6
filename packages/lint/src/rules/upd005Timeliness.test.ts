import { actionPlanDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import type { LintContext } from "../LintContext.js";
import { lintDocumentRule } from "./documentLintFixture.js";

type Update = Parameters<typeof actionPlanDocument>[0];
const plan = (update: NonNullable<Update>["update"], updateRows: NonNullable<Update>["updateRows"] = []) =>
  actionPlanDocument({
    learningRows: [{ id: "LP1", objective: ["PP1 to evidence effective practice."] }],
    update,
    updateRows,
  });
const submitted = { reviewSubmittedDate: "2025-06-09" };
const run = (json: ReturnType<typeof plan>, context: LintContext) => lintDocumentRule(json, "UPD-005", context);

describe("upd005Timeliness (UPD-005)", () => {
  it("reminds when the six-month update is not dated and the due date has passed", () => {
    const found = run(plan({ sequence: 1 }), { ...submitted, today: "2025-12-10" });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "info", node: "actionPlanUpdate" });
    expect(found[0]!.message).toContain("9 December 2025");
    expect(found[0]!.message).not.toContain("SFO lead");
  });
  it("anchors to the first update row's text when the update has rows", () => {
    const found = run(plan({}, [{ planRowId: "LP1", progress: ["Draft."] }]), { ...submitted, today: "2025-12-10" });
    expect(found.map((f) => [f.node, f.text])).toEqual([["paragraph", "Draft."]]);
  });
  it("escalates to the SFO lead after four weeks", () => {
    expect(run(plan({}), { ...submitted, today: "2026-01-07" })[0]!.message).toContain("tell the SFO lead");
  });
  it("counts six calendar months, clamped to the end of a shorter month", () => {
    const context = { reviewSubmittedDate: "2025-08-31" };
    expect(run(plan({}), { ...context, today: "2026-02-28" })).toEqual([]);
    expect(run(plan({}), { ...context, today: "2026-03-01" })).toHaveLength(1);
  });
  it("treats an update dated after today as not yet submitted", () => {
    expect(run(plan({ updateDate: "2026-01-15" }), { ...submitted, today: "2025-12-20" })).toHaveLength(1);
  });
  it("passes before the due date, once submitted, and for further updates", () => {
    expect(run(plan({}), { ...submitted, today: "2025-12-09" })).toEqual([]);
    expect(run(plan({ updateDate: "2025-12-01" }), { ...submitted, today: "2026-02-01" })).toEqual([]);
    expect(run(plan({ sequence: 2 }), { ...submitted, today: "2026-02-01" })).toEqual([]);
  });
  it("needs both dates from the context and never reads the clock", () => {
    expect(run(plan({}), { today: "2030-01-01" })).toEqual([]);
    expect(run(plan({}), submitted)).toEqual([]);
    expect(run(plan({}), { ...submitted, today: "10/12/2025" })).toEqual([]);
  });
  it("passes the sample update, submitted on 12 December 2025", () => {
    expect(run(sampleCase().actionPlanUpdate, { ...submitted, today: "2026-03-01" })).toEqual([]);
  });
});
