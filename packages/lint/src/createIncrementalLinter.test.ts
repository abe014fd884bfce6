import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import type { Node as PmNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { createIncrementalLinter } from "./createIncrementalLinter.js";
import { lintDocument } from "./lintDocument.js";

const schema = buildSfoSchema();
const build = (summary: string[], extra = {}) => schema.nodeFromJSON(reviewDocument({ summary, ...extra }));
const describeFindings = (doc: PmNode, findings: ReturnType<typeof lintDocument>) =>
  findings.map((f) => `${f.rule}:${doc.textBetween(f.from, f.to, " ", "#")}`).sort();

describe("createIncrementalLinter", () => {
  it("re-lints only changed blocks and gives the same findings as a full lint", () => {
    const linter = createIncrementalLinter();
    const doc1 = build(["A timely assessment was completed.", "The RMP was late.", "PP1 failed to act."]);
    linter.lint(doc1);
    expect(linter.stats.blocksLinted).toBeGreaterThan(3);
    const doc2 = build(["A timely assessment was completed.", "The RMP was very late.", "PP1 failed to act."]);
    const incremental = linter.lint(doc2);
    expect(linter.stats.blocksLinted).toBe(1);
    expect(describeFindings(doc2, incremental)).toEqual(describeFindings(doc2, lintDocument(doc2)));
  });

  it("recomputes first use of an acronym from cached facts when an earlier block changes", () => {
    const linter = createIncrementalLinter();
    const first = linter.lint(
      build(["Nothing here.", "The risk management plan (RMP) was written. The RMP was late."]),
    );
    expect(first.filter((f) => f.rule === "ACR-001")).toEqual([]);
    const doc = build(["The RMP was missing.", "The risk management plan (RMP) was written. The RMP was late."]);
    const second = linter.lint(doc);
    expect(linter.stats.blocksLinted).toBe(1);
    expect(
      describeFindings(
        doc,
        second.filter((f) => f.rule === "ACR-001"),
      ),
    ).toEqual(["ACR-001:RMP"]);
  });

  it("maps scopes from ancestors: the NFD column is exempt from PII rules", () => {
    const register = [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }];
    const doc = build([], {
      analysis: {
        assessment: [
          { id: "e1", events: ["Sarah Jenkins visited."], notForDisclosure: ["Sarah Jenkins was on leave."] },
        ],
      },
    });
    const found = lintDocument(doc, { register }).filter((f) => f.rule === "PII-001");
    expect(found).toHaveLength(1);
    expect(found[0]!.blockId).toBe("e1");
    expect(found[0]!.fixes?.[0]).toMatchObject({ kind: "replace", text: "PP1" });
  });

  it("lints learning rows with field names and positions inside the row", () => {
    const doc = build([], {
      learningRows: [
        {
          id: "lp1",
          objective: ["PP1's RMPs and SPs"],
          whoFor: null,
          action: ["PP1 to follow the enforcement policy"],
          measure: ["PP1 to attend RoSH refresher training"],
          owners: ["Sarah Jenkins"],
        },
      ],
    });
    const found = lintDocument(doc, { register: [{ name: "Sarah Jenkins", identifier: "PP1", role: "staff" }] });
    const rules = new Set(found.map((f) => f.rule));
    for (const rule of ["APL-001", "APL-002", "APL-003", "APL-006", "PII-002", "APL-013"])
      expect(rules).toContain(rule);
    const apl3 = found.find((f) => f.rule === "APL-003")!;
    expect(doc.textBetween(apl3.from, apl3.to)).toBe("follow");
    expect(apl3.field).toBe("action");
  });

  it("reads glossary entries from the document (ACR-002, ACR-003)", () => {
    const doc = build(["The offender assessment system (OASys) and the domestic abuse (DA) policy."], {
      glossary: [{ term: "OASys" }, { term: "MAPPA" }],
    });
    const found = lintDocument(doc);
    expect(found.filter((f) => f.rule === "ACR-002").map((f) => f.matchedText)).toEqual(["DA"]);
    expect(found.filter((f) => f.rule === "ACR-003").map((f) => f.matchedText)).toEqual(["MAPPA"]);
  });
});

const keystrokeDoc = () =>
  build(
    [
      "The RMP was missing and PP1 failed to act.",
      "The risk management plan (RMP) was written. The failings were clear.",
    ],
    {
      glossary: [{ term: "risk management plan (RMP)" }, { term: "MAPPA" }],
      analysis: { assessment: [{ id: "e1", events: ["PP1 did not visit."], judgements: [""], learning: [""] }] },
      learningRows: [
        {
          id: "lp1",
          objective: ["Label"],
          whoFor: "Individual",
          action: ["PP1 to follow policy"],
          measure: [""],
          owners: ["PP1"],
        },
      ],
    },
  );

describe("createIncrementalLinter, keystrokes", () => {
  it("gives the same findings as a full lint after typing anywhere", async () => {
    const { EditorState } = await import("@tiptap/pm/state");
    const doc = keystrokeDoc();
    const linter = createIncrementalLinter();
    let state = EditorState.create({ doc });
    linter.lint(state.doc);
    const targets: number[] = [];
    state.doc.descendants((node, pos) => {
      if (node.isTextblock)
        targets.push(pos + 1, pos + 1 + Math.floor(node.content.size / 2), pos + 1 + node.content.size);
    });
    for (let i = 0; i < targets.length; i++) {
      const at = state.doc.resolve(Math.min(targets[i]!, state.doc.content.size));
      if (!at.parent.isTextblock) continue;
      state = state.apply(state.tr.insertText(i % 3 === 0 ? " MAPPA " : "x", at.pos));
      const incremental = linter.update(state.doc);
      expect(describeFindings(state.doc, incremental.findings())).toEqual(
        describeFindings(state.doc, lintDocument(state.doc)),
      );
      expect(linter.stats.blocksLinted).toBeLessThanOrEqual(1);
      for (let k = 0; k < targets.length; k++) if (targets[k]! >= at.pos) targets[k]! += i % 3 === 0 ? 7 : 1;
    }
  });

  it("reports the changed range: findings outside it are the previous ones mapped through the edit", async () => {
    const { EditorState } = await import("@tiptap/pm/state");
    const linter = createIncrementalLinter();
    let state = EditorState.create({ doc: keystrokeDoc() });
    let before = linter.update(state.doc).findings();
    const key = (f: { rule: string; from: number; to: number; message: string }) =>
      `${f.rule}@${f.from}-${f.to}:${f.message}`;
    let checked = 0;
    let withChange = 0;
    const positions: number[] = [];
    state.doc.descendants((node, pos) => {
      if (node.isTextblock) positions.push(pos + 1 + Math.floor(node.content.size / 2));
    });
    for (const [i, at] of positions.entries()) {
      const text = i % 2 === 0 ? "x" : " was written ";
      state = state.apply(state.tr.insertText(text, at + (i > 0 ? checked : 0)));
      checked += text.length;
      const snapshot = linter.update(state.doc);
      const change = snapshot.change;
      const after = snapshot.findings();
      if (change) {
        withChange++;
        const delta = change.editNewTo - change.editOldTo;
        const map = (p: number) => (p < change.editFrom ? p : p + delta);
        const outside = (f: { from: number; to: number }) => f.to <= change.from || f.from >= change.to;
        const mapped = before.map((f) => ({ ...f, from: map(f.from), to: map(f.to) })).filter(outside);
        expect(after.filter(outside).map(key)).toEqual(mapped.map(key));
        expect(change.from).toBeLessThanOrEqual(change.editFrom);
        expect(change.to).toBeGreaterThanOrEqual(change.editNewTo);
      }
      before = after;
    }
    expect(withChange).toBeGreaterThan(4);
  });
});

describe("createIncrementalLinter, whole-review judgement facts", () => {
  it("re-runs JUDG-006, JUDG-008 and GLOSS-002 when typing changes what a block judges or mentions", async () => {
    const { EditorState } = await import("@tiptap/pm/state");
    const judgement = "PP1's assessment was insufficient.";
    let state = EditorState.create({
      doc: build(["PP1 supervised Mr K."], {
        analysis: { assessment: [{ id: "e1", events: ["PP1 did not visit."], judgements: [judgement] }] },
      }),
    });
    const linter = createIncrementalLinter();
    const whole = (findings: ReturnType<typeof lintDocument>) =>
      findings
        .filter((f) => /^(?:JUDG-00[68]|GLOSS-002)$/.test(f.rule))
        .map((f) => f.rule)
        .sort();
    expect(whole(linter.lint(state.doc))).toEqual(["JUDG-006", "JUDG-008"]);
    let at = -1;
    state.doc.descendants((node, pos) => {
      if (node.isTextblock && node.textContent === judgement) at = pos + 1 + judgement.length;
    });
    for (const [text, expected] of [
      [" SPO2's oversight was weak.", ["JUDG-008"]],
      [" The referral was timely.", []],
      [" The local guidance applied.", ["GLOSS-002"]],
    ] as const) {
      state = state.apply(state.tr.insertText(text, at));
      at += text.length;
      const incremental = linter.lint(state.doc);
      expect(linter.stats.blocksLinted).toBe(1);
      expect(whole(incremental), text).toEqual(expected);
      expect(describeFindings(state.doc, incremental)).toEqual(describeFindings(state.doc, lintDocument(state.doc)));
    }
  });
});

describe("createIncrementalLinter, nicknames across blocks", () => {
  it("flags a nickname typed in another block at once, and drops it when it is deleted", async () => {
    const { EditorState } = await import("@tiptap/pm/state");
    const linter = createIncrementalLinter();
    const other = "He moved out in June.";
    let state = EditorState.create({ doc: build(['Dwayne ("Tank" to his mates) moved in.', other]) });
    const bare = (findings: ReturnType<typeof lintDocument>) =>
      findings.filter((f) => f.message.includes("nickname given elsewhere")).map((f) => f.rule);
    expect(bare(linter.lint(state.doc))).toEqual([]);
    let at = -1;
    state.doc.descendants((node, pos) => {
      if (node.isTextblock && node.textContent === other) at = pos + 1 + other.length;
    });
    state = state.apply(state.tr.insertText(" Tank left.", at));
    const typed = linter.lint(state.doc);
    expect(linter.stats.blocksLinted).toBe(1);
    expect(bare(typed)).toEqual(["PII-016"]);
    expect(describeFindings(state.doc, typed)).toEqual(describeFindings(state.doc, lintDocument(state.doc)));
    state = state.apply(state.tr.delete(at, at + " Tank left.".length));
    expect(bare(linter.lint(state.doc))).toEqual([]);
    expect(linter.stats.blocksLinted).toBe(1);
  });
});

describe("createIncrementalLinter, structure rules", () => {
  it("re-runs outline rules when a keystroke writes or empties a block, and moves their anchors", async () => {
    const { EditorState } = await import("@tiptap/pm/state");
    const linter = createIncrementalLinter();
    let state = EditorState.create({
      doc: build(["The review."], { judgements: [""], learningRows: [{ id: "lp1", objective: ["PP1 to improve."] }] }),
    });
    const outlineRules = /^(STR|RESP-010|UPD-005)/;
    const key = (f: { rule: string; from: number; to: number; message: string }) =>
      `${f.rule}@${f.from}-${f.to}:${f.message}`;
    const same = () => {
      const incremental = linter
        .update(state.doc)
        .findings()
        .filter((f) => outlineRules.test(f.rule));
      const full = lintDocument(state.doc).filter((f) => outlineRules.test(f.rule));
      expect(incremental.map(key)).toEqual(full.map(key));
      return incremental.map((f) => f.matchedText);
    };
    const blockIn = (type: string) => {
      let at = -1;
      state.doc.descendants((node, pos) => {
        if (at < 0 && node.type.name === type) {
          node.descendants((child, rel) => {
            if (at < 0 && child.isTextblock) at = pos + 1 + rel + 1;
          });
        }
        return at < 0;
      });
      return at;
    };
    const type = (nodeType: string, text: string) => {
      state = state.apply(state.tr.insertText(text, blockIn(nodeType)));
    };
    expect(same()).toEqual([
      "Legal basis for sharing",
      "Staff interviewed",
      "Assessment",
      "Planning",
      "Implementation",
      "Reviewing",
      "Glossary",
    ]);
    type("summary", "Typing before the glossary moves its finding. ");
    same();
    type("frontMatter", "Shared under Part 3 of the Data Protection Act 2018.");
    type("analysisStage", "SPO2 countersigned the assessment; management oversight was weak.");
    expect(same()).toEqual(["Staff interviewed", "Planning", "Implementation", "Reviewing", "Glossary"]);
    type("judgements", "PP2's response was good practice.");
    expect(same()).toContain("Good practice table");
    expect(linter.stats.blocksLinted).toBeLessThanOrEqual(1);
  });
});
