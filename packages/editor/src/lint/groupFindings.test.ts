import type { Finding } from "@sfo-review/lint";
import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { groupFindings } from "./groupFindings.js";
import { sectionAt } from "./sectionAt.js";

const doc = buildSfoSchema().nodeFromJSON(
  reviewDocument({
    summary: ["Summary text."],
    analysis: { assessment: [{ id: "e1", events: ["Events text."] }] },
    learningRows: [{ id: "lp-1", objective: ["Objective text."] }],
  }),
);

function posOf(text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (node.isText && node.text === text) found = pos;
  });
  return found;
}

describe("sectionAt", () => {
  it("names the review section or plan table holding a position", () => {
    expect(sectionAt(doc, posOf("Summary text."))).toEqual({ name: "summary", title: "Summary" });
    expect(sectionAt(doc, posOf("Events text."))).toEqual({ name: "analysis", title: "Analysis of practice" });
    expect(sectionAt(doc, posOf("Objective text."))).toEqual({ name: "learningTable", title: "Action plan: learning" });
    expect(sectionAt(doc, 1).name).toBe("caseRecord");
  });
});

describe("groupFindings", () => {
  it("groups by section in document order and by rule, most severe first, with counts", () => {
    const at = (text: string, rule: string, severity: Finding["severity"]): Finding => ({
      rule,
      severity,
      from: posOf(text),
      to: posOf(text) + 3,
      message: rule,
    });
    const findings = [
      at("Summary text.", "LANG-002", "info"),
      at("Summary text.", "PII-010", "warning"),
      at("Summary text.", "LANG-002", "info"),
      at("Events text.", "LANG-001", "warning"),
      at("Objective text.", "APL-005", "error"),
    ];
    const groups = groupFindings(findings, (f) => sectionAt(doc, f.from));
    expect(groups.map((g) => [g.section.title, g.count])).toEqual([
      ["Summary", 3],
      ["Analysis of practice", 1],
      ["Action plan: learning", 1],
    ]);
    expect(groups[0]?.rules.map((r) => [r.rule, r.title, r.findings.length])).toEqual([
      ["PII-010", "National Insurance number", 1],
      ["LANG-002", "Sentence or paragraph too long", 2],
    ]);
  });
});
