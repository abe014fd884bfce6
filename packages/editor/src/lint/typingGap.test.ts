import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";
import { describe, expect, it } from "vitest";
import { buildLintDecorations } from "./buildLintDecorations.js";
import { createLintPlugin } from "./createLintPlugin.js";
import { dismissFinding } from "./dismissFinding.js";
import type { LintMeta } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";
import { posOf } from "./textPositionFixture.js";
import type { SnapshotLintState } from "./SnapshotLintState.js";
import { typingGapAt, withTypingGap } from "./typingGap.js";

const schema = buildSfoSchema();

function review(summary: string[]) {
  return schema.nodeFromJSON(reviewDocument({ summary, background: ["Background text."] }));
}

function shown(state: EditorState): string[] {
  return lintPluginKey
    .getState(state)!
    .shownDecorations.find()
    .map((d) => state.doc.textBetween(d.from, d.to))
    .filter((text) => text !== "");
}

/** Types `text` one character at a time at `at`, as ProseMirror's input handling does. */
function type(state: EditorState, at: number, text: string): EditorState {
  let next = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
  for (const char of text) next = next.apply(next.tr.insertText(char));
  return next;
}

describe("typingGapAt", () => {
  const doc = review(["The plan was agreed at the meeting."]);

  it("covers the word around the caret after a typed character", () => {
    const head = posOf(doc, "greed") + 2; // "ag|reed": typed "g", caret after it
    const gap = typingGapAt(doc, head)!;
    expect(doc.textBetween(gap.from, gap.to)).toBe("agreed");
  });

  it("covers a typed space and the word after it", () => {
    const head = posOf(doc, " at") + 1;
    const gap = typingGapAt(doc, head)!;
    expect(doc.textBetween(gap.from, gap.to)).toBe(" at");
  });

  it("is null outside text", () => {
    expect(typingGapAt(doc, 0)).toBeNull();
  });
});

describe("withTypingGap", () => {
  it("cuts a highlight around the gap and keeps both sides", () => {
    const doc = review(["The plan was agreed by the senior officer."]);
    const from = posOf(doc, "was agreed");
    const to = from + "was agreed by the senior officer".length;
    const set = buildLintDecorations(doc, [{ rule: "LANG-001", severity: "warning", from, to, message: "Passive" }]);
    const gapFrom = posOf(doc, "the senior");
    const cut = withTypingGap(set, doc, { from: gapFrom, to: gapFrom + 3 });
    expect(cut.find().map((d) => doc.textBetween(d.from, d.to))).toEqual(["was agreed by ", " senior officer"]);
    expect(withTypingGap(set, doc, null)).toBe(set);
  });
});

describe("the lint plugin while typing", () => {
  const start = () =>
    EditorState.create({ doc: review(["Some text here."]), plugins: [createLintPlugin({ dismissals: null })] });

  it("leaves the text being typed out of the drawn highlights and draws it once typing settles", () => {
    let state = start();
    const at = posOf(state.doc, "here.") + "here.".length;
    state = type(state, at, " The plan was agreed by AB");
    const lint = lintPluginKey.getState(state)!;
    // The findings are exact while typing (the linter catches up when they are read) ...
    const ab = lint.findings.find((f) => state.doc.textBetween(f.from, f.to) === "AB");
    expect(ab).toBeDefined();
    // ... but the drawn highlights leave the typed text out.
    expect(shown(state)).toEqual([]);
    const settle: LintMeta = { settle: true };
    state = state.apply(state.tr.setMeta(lintPluginKey, settle));
    expect(lintPluginKey.getState(state)!.gap).toBeNull();
    expect(shown(state)).toContain("AB");
  });

  it("closes an open popover on a keystroke, without re-linting", () => {
    let state = type(start(), posOf(start().doc, "here.") + 5, " Agreed with AB");
    const at = posOf(state.doc, "Some");
    const open: LintMeta = { popover: { at, focusFixes: false } };
    state = state.apply(state.tr.setMeta(lintPluginKey, open));
    expect(lintPluginKey.getState(state)!.popover).not.toBeNull();
    state = state.apply(state.tr.insertText("x"));
    const lint = lintPluginKey.getState(state) as SnapshotLintState;
    expect(lint.popover).toBeNull();
    expect(lint.caughtUp).toBeUndefined();
  });

  it("draws the word as soon as the caret leaves it", () => {
    let state = type(start(), posOf(start().doc, "here.") + 5, " Agreed with AB");
    expect(shown(state)).not.toContain("AB");
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, posOf(state.doc, "Background"))));
    expect(shown(state)).toContain("AB");
  });

  it("leaves no gap after a change that is not a keystroke at the caret", () => {
    let state = start();
    const at = posOf(state.doc, "Some");
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
    // A paste, a fix or a co-editor's change: more than a character, or away from the caret.
    state = state.apply(state.tr.insertText("Agreed with AB. ", at));
    expect(lintPluginKey.getState(state)!.gap).toBeNull();
    state = state.apply(state.tr.insertText("x", posOf(state.doc, "text")));
    expect(lintPluginKey.getState(state)!.gap).toBeNull();
  });
});

describe("the typing gap over a run of keystrokes", () => {
  it("grows with the text typed without a pause, so that no highlight changes shape until typing settles", () => {
    let state = EditorState.create({
      doc: review(["Some text here."]),
      plugins: [createLintPlugin({ dismissals: null })],
    });
    const at = posOf(state.doc, "here.") + "here.".length;
    state = type(state, at, " The plan was agreed by AB");
    const gap = lintPluginKey.getState(state)!.gap!;
    expect(state.doc.textBetween(gap.from, gap.to)).toBe(" The plan was agreed by AB");
    expect(shown(state)).toEqual([]);
  });
});

describe("highlights after a typing run", () => {
  const settle = (state: EditorState) => {
    const meta: LintMeta = { settle: true };
    return state.apply(state.tr.setMeta(lintPluginKey, meta));
  };
  /** The drawn highlights equal a fresh build from the findings. */
  const expectFresh = (state: EditorState) => {
    const lint = lintPluginKey.getState(state)!;
    const spans = (set: DecorationSet) => set.find().map((d) => `${d.from}-${d.to}`);
    expect(spans(lint.shownDecorations)).toEqual(spans(buildLintDecorations(state.doc, lint.findings)));
  };

  it("match a fresh build once the linter catches up, whatever came between the keystrokes", () => {
    let state = EditorState.create({
      doc: review(["Some text here.", "The visit was cancelled by PP1."]),
      plugins: [createLintPlugin({ dismissals: null })],
    });
    state = settle(type(state, posOf(state.doc, "here.") + 5, " It was agreed by SPO2"));
    expectFresh(state);
    expect(lintPluginKey.getState(state)!.findings.some((f) => f.rule === "LANG-001")).toBe(true);
    state = type(state, posOf(state.doc, "SPO2") + 4, " in May");
    // A co-editor's change arrives as a whole-document replace in the middle of a run.
    const remote = review(["Some text here. It was agreed by SPO2 in May", "The visit was cancelled by PP1 at MAPPA."]);
    state = state.apply(state.tr.replaceWith(0, state.doc.content.size, remote.content));
    state = settle(type(state, posOf(state.doc, "in May") + 6, " after the visit"));
    expectFresh(state);
    // The caret leaving the typed text also brings the highlights up to date.
    state = type(state, posOf(state.doc, "Some") + 4, " more");
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, posOf(state.doc, "visit was"))));
    expectFresh(state);
  });

  it("follow a dismissal made in the middle of a run", () => {
    const map = Object.assign(new Map<string, unknown>(), { observe() {}, unobserve() {} });
    let state = EditorState.create({
      doc: review(["The visit was cancelled by PP1.", "Some text here."]),
      plugins: [createLintPlugin({ dismissals: map })],
    });
    state = type(state, posOf(state.doc, "here.") + 5, " It was agreed");
    const passive = lintPluginKey
      .getState(state)!
      .findings.find((f) => f.rule === "LANG-001" && state.doc.textBetween(f.from, f.to).startsWith("was cancelled"))!;
    dismissFinding(map, passive, "Court process", "Rowan Reviewer");
    const refresh: LintMeta = { refresh: true };
    state = state.apply(state.tr.setMeta(lintPluginKey, refresh));
    expect(lintPluginKey.getState(state)!.findings).not.toContainEqual(passive);
    expectFresh(state);
  });
});
