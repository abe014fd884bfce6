import { applyDismissals, type Finding } from "@sfo-review/lint";
import { describe, expect, it } from "vitest";
import { dismissalKey } from "./dismissalKey.js";
import { dismissFinding } from "./dismissFinding.js";
import { readDismissals } from "./readDismissals.js";

const passive: Finding = {
  rule: "LANG-001",
  severity: "warning",
  from: 10,
  to: 20,
  message: "Passive voice",
  matchedText: "was agreed",
  blockHash: "abcd1234",
};
const rowFinding: Finding = {
  ...passive,
  rule: "APL-007",
  blockHash: undefined,
  blockId: "lp-1",
  matchedText: "audit",
};

describe("dismissal keys", () => {
  it("key a finding by rule, block hash and matched text, never by position", () => {
    expect(dismissalKey(passive)).toBe('["LANG-001","abcd1234","was agreed"]');
    expect(dismissalKey({ ...passive, from: 500, to: 510 })).toBe(dismissalKey(passive));
    expect(dismissalKey({ ...passive, blockHash: "ffff0000" })).not.toBe(dismissalKey(passive));
    expect(dismissalKey(rowFinding)).toBe('["APL-007","row:lp-1","audit"]');
  });

  it("round-trip through the shared map into the engine's dismissal filter", () => {
    const map = new Map<string, unknown>();
    dismissFinding(map, passive, "  Court process, not practice  ", "Rowan Reviewer", new Date("2026-05-01T10:00:00Z"));
    dismissFinding(map, rowFinding, "Agreed with the SPO", "Sasha Lead", new Date("2026-05-01T10:00:00Z"));
    const records = readDismissals(map);
    expect(records[0]).toMatchObject({
      key: dismissalKey(passive),
      reason: "Court process, not practice",
      by: "Rowan Reviewer",
      at: "2026-05-01T10:00:00.000Z",
      dismissal: { rule: "LANG-001", blockHash: "abcd1234", matchedText: "was agreed" },
    });
    expect(records[1]?.dismissal).toEqual({
      rule: "APL-007",
      blockId: "lp-1",
      matchedText: "audit",
      reason: "Agreed with the SPO",
    });
    const other = { ...passive, matchedText: "was seen" };
    expect(
      applyDismissals(
        [passive, rowFinding, other],
        records.map((r) => r.dismissal),
      ),
    ).toEqual([other]);
  });

  it("skip entries another client wrote in a shape it does not understand", () => {
    const map = new Map<string, unknown>([
      ["not json", { reason: "x", by: "y", at: "z" }],
      ['["LANG-001","h","t"]', { reason: "" }],
      ['["LANG-001","h","t"]x', 3],
    ]);
    const invalid: string[] = [];
    expect(readDismissals(map, (key) => invalid.push(key))).toEqual([]);
    expect(invalid).toHaveLength(3);
  });

  it("refuse a dismissal without a reason", () => {
    expect(() => dismissFinding(new Map(), passive, "   ", "Rowan Reviewer")).toThrow();
  });
});
