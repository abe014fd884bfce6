import type { Finding } from "@sfo-review/lint";
import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { buildLintDecorations, findingTitle } from "./buildLintDecorations.js";
import { posOf } from "./textPositionFixture.js";

const schema = buildSfoSchema();
const doc = schema.nodeFromJSON(
  reviewDocument({ summary: ["The plan was agreed by PP1."], glossary: [{ term: "OASys", expansion: "x" }] }),
);

const textPos = (text: string) => posOf(doc, text);

const finding = (from: number, to: number, severity: Finding["severity"] = "warning"): Finding => ({
  rule: "LANG-001",
  severity,
  from,
  to,
  message: "Passive voice",
});

describe("buildLintDecorations", () => {
  it("puts an inline highlight with the severity class and a title on the finding's text", () => {
    const from = textPos("was agreed");
    const set = buildLintDecorations(doc, [finding(from, from + "was agreed".length)]);
    const [decoration] = set.find();
    expect(decoration?.from).toBe(from);
    expect(decoration?.to).toBe(from + 10);
    expect((decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs).toMatchObject({
      class: "sfo-lint sfo-lint--warning sfo-lint-rule-LANG-001",
      title: "Warning: Passive voice (LANG-001)",
      "data-lint-rule": "LANG-001",
    });
  });

  it("gives a finding on a whole atom a node decoration and skips empty or out-of-range findings", () => {
    let entryPos = -1;
    doc.descendants((node, pos) => {
      if (node.type.name === "glossaryEntry") entryPos = pos;
    });
    const entry = doc.nodeAt(entryPos)!;
    const set = buildLintDecorations(doc, [
      finding(entryPos, entryPos + entry.nodeSize, "info"),
      finding(5, 5),
      finding(-1, 3),
      finding(1, doc.content.size + 2),
    ]);
    const found = set.find();
    expect(found).toHaveLength(1);
    expect((found[0] as unknown as { type: { attrs: Record<string, string> } }).type.attrs.class).toBe(
      "sfo-lint sfo-lint--info sfo-lint-rule-LANG-001",
    );
    expect(found[0]?.spec).toEqual({});
  });

  it("names the severity in words in the title", () => {
    expect(findingTitle(finding(1, 2, "error"))).toBe("Error: Passive voice (LANG-001)");
    expect(findingTitle(finding(1, 2, "info"))).toBe("Advice: Passive voice (LANG-001)");
  });
});
