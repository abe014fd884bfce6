import type { Finding } from "@sfo-review/lint";
import { describe, expect, it } from "vitest";
import { adjacentFinding } from "./adjacentFinding.js";
import { findingAt, findingsAt } from "./findingAt.js";
import { relocateFinding } from "./relocateFinding.js";
import { summariseFindings } from "./summariseFindings.js";

const f = (from: number, to: number, rule = "LANG-001", severity: Finding["severity"] = "warning"): Finding => ({
  rule,
  severity,
  from,
  to,
  message: rule,
  matchedText: `t${rule}`,
  blockHash: "h",
});
const findings = [f(5, 30, "LANG-002", "info"), f(10, 15), f(40, 45, "PII-010"), f(60, 62, "APL-005", "error")];

describe("finding navigation", () => {
  it("finds the narrowest finding under the caret, ends included", () => {
    expect(findingAt(findings, 12)?.rule).toBe("LANG-001");
    expect(findingAt(findings, 20)?.rule).toBe("LANG-002");
    expect(findingAt(findings, 45)?.rule).toBe("PII-010");
    expect(findingAt(findings, 50)).toBeUndefined();
  });

  it("gives every finding on the narrowest words under the caret, most severe first, but not wider ones", () => {
    const acronym = [
      f(5, 30, "LANG-002", "info"),
      f(12, 15, "ACR-002"),
      f(12, 15, "ACR-001"),
      f(12, 15, "PII-001", "error"),
    ];
    expect(findingsAt(acronym, 13).map((finding) => finding.rule)).toEqual(["PII-001", "ACR-001", "ACR-002"]);
    expect(findingsAt(acronym, 20).map((finding) => finding.rule)).toEqual(["LANG-002"]);
    expect(findingsAt(acronym, 40)).toEqual([]);
    expect(findingAt(acronym, 12)?.rule).toBe("PII-001");
  });

  it("moves to the next and previous finding, wrapping around", () => {
    expect(adjacentFinding(findings, 12, "next")?.from).toBe(40);
    expect(adjacentFinding(findings, 60, "next")?.from).toBe(5);
    expect(adjacentFinding(findings, 40, "previous")?.from).toBe(10);
    expect(adjacentFinding(findings, 5, "previous")?.from).toBe(60);
    expect(adjacentFinding([], 5, "next")).toBeUndefined();
  });

  it("relocates a stale finding to the same problem nearest its old place", () => {
    const moved = [f(8, 13), f(43, 48, "PII-010"), f(120, 125)];
    expect(relocateFinding(moved, findings[2]!)).toBe(moved[1]);
    expect(relocateFinding(moved, findings[1]!)).toBe(moved[0]);
    expect(relocateFinding(moved, findings[3]!)).toBeUndefined();
  });

  it("summarises counts by severity", () => {
    expect(summariseFindings(findings).text).toBe("1 error, 2 warnings, 1 info");
    expect(summariseFindings([]).text).toBe("No problems found");
    expect(summariseFindings([f(1, 2), f(3, 4)]).counts).toEqual({ error: 0, warning: 2, info: 0 });
  });
});
