import { describe, expect, it } from "vitest";
import { runLintJsonl } from "./runLintJsonl.js";

describe("runLintJsonl", () => {
  it("lints text and learning rows, with known acronyms and a register", () => {
    const input = [
      JSON.stringify({
        id: "t1",
        text: "The PSR was late. Sarah Jenkins failed to act.",
        known: ["PSR"],
        register: [{ name: "Sarah Jenkins", identifier: "PP1" }],
      }),
      JSON.stringify({
        id: "r1",
        learningRow: {
          objective: "PP1's RMPs and SPs",
          whoFor: "PP1",
          action: "PP1 to follow the enforcement policy",
          measure: "",
          owner: "Sarah Jenkins",
          date: "ASAP",
        },
      }),
    ].join("\n");
    const [t1, r1] = runLintJsonl(input)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(t1.id).toBe("t1");
    const rules = t1.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain("PII-001");
    expect(rules).not.toContain("ACR-001");
    expect(
      r1.findings.filter((f: { field?: string }) => f.field === "whoFor").map((f: { rule: string }) => f.rule),
    ).toContain("APL-002");
  });

  it("reports a bad line without stopping the others", () => {
    const out = runLintJsonl('{"id":1}\nnot json\n{"id":"ok","text":"Fine."}')
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out[0].error).toMatch(/^line 1:/);
    expect(out[1].error).toMatch(/^line 2: not JSON/);
    expect(out[2]).toEqual({ id: "ok", findings: [] });
  });
});
