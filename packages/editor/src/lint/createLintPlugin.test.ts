import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import type { Node as PmNode } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";
import { describe, expect, it } from "vitest";
import { buildLintDecorations } from "./buildLintDecorations.js";
import { createLintPlugin } from "./createLintPlugin.js";
import { dismissFinding } from "./dismissFinding.js";
import type { LintMeta } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";
import { posOf } from "./textPositionFixture.js";

const schema = buildSfoSchema();
const passive = "The plan was agreed at the meeting.";

function review(summary: string[], people: object[] = []) {
  return schema.nodeFromJSON(reviewDocument({ summary, people, background: ["Background text."] }));
}

function highlighted(state: EditorState): string[] {
  const lint = lintPluginKey.getState(state)!;
  return lint.decorations.find().map((d) => state.doc.textBetween(d.from, d.to));
}

function stateWith(doc: PmNode, dismissals: Map<string, unknown> | null = null) {
  const source = dismissals && Object.assign(dismissals, { observe() {}, unobserve() {} });
  return EditorState.create({ doc, plugins: [createLintPlugin({ dismissals: source })] });
}

describe("createLintPlugin", () => {
  it("highlights findings and re-derives them after an edit above, without mapping", () => {
    let state = stateWith(review([passive]));
    expect(highlighted(state)).toContain("was agreed");
    const before = lintPluginKey.getState(state)!;
    state = state.apply(state.tr.insertText("Another sentence. ", posOf(state.doc, "The plan")));
    const after = lintPluginKey.getState(state)!;
    expect(after.version).toBeGreaterThan(before.version);
    expect(highlighted(state)).toContain("was agreed");
    const finding = after.findings.find((f) => f.rule === "LANG-001")!;
    expect(state.doc.textBetween(finding.from, finding.to)).toBe("was agreed");
  });

  it("keeps the state when a transaction leaves the document as it was", () => {
    let state = stateWith(review([passive]));
    const before = lintPluginKey.getState(state)!;
    state = state.apply(state.tr.setSelection(state.selection));
    expect(lintPluginKey.getState(state)).toBe(before);
  });

  it("patches highlights after each keystroke, local or a whole-document replace, to what a fresh build draws", () => {
    const people = [{ identifier: "PP1", name: "Jordan Pike", role: "probation-practitioner" }];
    let state = stateWith(
      review(
        [passive, "PP1 failed to act. The RMP was late and the risk was high.", "Jordan Pike was seen on 03/04/1990."],
        people,
      ),
    );
    const drawn = (set: DecorationSet) =>
      set
        .find()
        .map((d) => `${d.from}-${d.to}`)
        .sort();
    const texts = ["x", " was agreed ", "NI AB123456C ", "."];
    for (let i = 0; i < 24; i++) {
      const blocks: number[] = [];
      state.doc.descendants((node, pos) => {
        if (node.isTextblock && node.content.size > 0) blocks.push(pos + 1 + ((i * 7) % node.content.size));
      });
      const at = blocks[i % blocks.length]!;
      let tr = state.tr;
      if (i % 4 === 3) tr = tr.delete(at, Math.min(at + 3, state.doc.resolve(at).end()));
      else tr = tr.insertText(texts[i % texts.length]!, at);
      if (i % 3 === 2) {
        // What y-prosemirror does with a remote change: replace the whole content with an equal copy.
        const next = tr.doc;
        tr = state.tr.replaceWith(0, state.doc.content.size, schema.nodeFromJSON(next.toJSON()).content);
      }
      state = state.apply(tr);
      const lint = lintPluginKey.getState(state)!;
      expect(drawn(lint.decorations)).toEqual(drawn(buildLintDecorations(state.doc, lint.findings)));
      expect(lint.findings.length).toBeGreaterThan(0);
    }
    expect(highlighted(state)).toContain("was agreed");
  });

  it("reads the people register from the document and offers the identifier as a fix", () => {
    const people = [{ identifier: "PP1", name: "Jordan Pike", role: "probation-practitioner" }];
    const state = stateWith(review(["Jordan Pike saw the man twice."], people));
    const finding = lintPluginKey.getState(state)!.findings.find((f) => f.rule === "PII-001");
    expect(finding?.fixes?.[0]).toMatchObject({ kind: "replace", text: "PP1" });
    expect(state.doc.textBetween(finding!.from, finding!.to)).toBe("Jordan Pike");
  });

  it("follows an edit of the people register: a renamed person is found under the new name", () => {
    const people = [{ identifier: "PP1", name: "Jordan Pike", role: "probation-practitioner" }];
    let state = stateWith(review(["Morgan Vale saw the man twice."], people));
    const names = () =>
      lintPluginKey
        .getState(state)!
        .findings.filter((f) => f.rule === "PII-001")
        .map((f) => state.doc.textBetween(f.from, f.to));
    expect(names()).toEqual([]);
    let at = -1;
    state.doc.descendants((node, pos) => {
      if (node.type.name === "person") at = pos;
    });
    const person = state.doc.nodeAt(at)!;
    state = state.apply(state.tr.setNodeMarkup(at, undefined, { ...person.attrs, name: "Morgan Vale" }));
    expect(names()).toEqual(["Morgan Vale"]);
  });

  it("hides dismissed findings and lists them with the reason", () => {
    const map = new Map<string, unknown>();
    let state = stateWith(review([passive]), map);
    const finding = lintPluginKey.getState(state)!.findings.find((f) => f.rule === "LANG-001")!;
    dismissFinding(map, finding, "Quoting the court", "Rowan Reviewer");
    // Without a view nothing observes the map, so the test refreshes as the plugin view would.
    const meta: LintMeta = { refresh: true };
    state = state.apply(state.tr.setMeta(lintPluginKey, meta));
    const lint = lintPluginKey.getState(state)!;
    expect(lint.findings.some((f) => f.rule === "LANG-001")).toBe(false);
    expect(lint.dismissed.map((d) => [d.finding.rule, d.record.reason])).toEqual([["LANG-001", "Quoting the court"]]);
    expect(highlighted(state)).not.toContain("was agreed");
  });

  it("opens the popover by metadata and keeps it on its finding while text moves", () => {
    let state = stateWith(review([passive]));
    const at = posOf(state.doc, "agreed");
    const meta: LintMeta = { popover: { at, focusFixes: true } };
    state = state.apply(state.tr.setMeta(lintPluginKey, meta));
    const opened = lintPluginKey.getState(state)!.popover!.opened;
    expect(opened).toBeGreaterThan(0);
    state = state.apply(state.tr.insertText("Now. ", posOf(state.doc, "The plan")));
    // The same opening, moved: the view keeps its dismissal form open through a co-editor's typing.
    expect(lintPluginKey.getState(state)!.popover).toEqual({ at: at + 5, focusFixes: true, opened });
    state = state.apply(state.tr.setMeta(lintPluginKey, meta));
    expect(lintPluginKey.getState(state)!.popover!.opened).not.toBe(opened);
  });
});
