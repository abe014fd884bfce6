import { newDocumentTemplate, qaChecklistDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocumentRule } from "./documentLintFixture.js";

type SignOffs = NonNullable<Parameters<typeof qaChecklistDocument>[0]>["signOffs"];
const internalQa = { kind: "internal-qa", signedBy: "SFOL1", date: "2025-06-02", comment: "Robust review." } as const;
const factual = { kind: "factual-accuracy", signedBy: "PDU1", date: "2025-06-04" } as const;
const countersigned = { kind: "countersignature", signedBy: "CM1", date: "2025-06-09" } as const;
const run = (signOffs: SignOffs) =>
  lintDocumentRule(qaChecklistDocument({ signOffs }), "STR-009").map((f) => [f.node, f.matchedText]);

describe("str009SignOffs (STR-009)", () => {
  it("flags a countersignature without the internal QA comments or the factual accuracy check", () => {
    expect(run([{ ...internalQa, comment: "" }, countersigned])).toEqual([
      ["signOff", "internal QA sign-off"],
      ["signOff", "Head of PDU factual accuracy check"],
    ]);
  });
  it("flags a sign-off dated after the countersignature", () => {
    const found = lintDocumentRule(
      qaChecklistDocument({ signOffs: [internalQa, { ...factual, date: "2025-06-10" }, countersigned] }),
      "STR-009",
    );
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]!.message).toContain("after the countersignature");
  });
  it("passes before countersignature, with both sign-offs first, and for the sample and template", () => {
    expect(run([{ kind: "internal-qa" }, { kind: "countersignature", signedBy: "CM1" }])).toEqual([]);
    expect(run([internalQa, factual, countersigned])).toEqual([]);
    expect(lintDocumentRule(sampleCase().qaChecklist, "STR-009")).toEqual([]);
    expect(lintDocumentRule(newDocumentTemplate("qa-checklist"), "STR-009")).toEqual([]);
  });
});
