import { createIncrementalLinter, type IncrementalLinter, type LintContext } from "@sfo-review/lint";
import type { Node as PmNode } from "@tiptap/pm/model";
import { type EditorState, Plugin, type Transaction } from "@tiptap/pm/state";
import { ReplaceStep } from "@tiptap/pm/transform";
import { DecorationSet } from "@tiptap/pm/view";
import { buildLintDecorations, patchLintDecorations } from "./buildLintDecorations.js";
import type { DismissalRecord } from "./DismissalRecord.js";
import { findingAt } from "./findingAt.js";
import type { LintMeta, LintState } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";
import { readDismissals } from "./readDismissals.js";
import { lazyFindings, SnapshotLintState } from "./SnapshotLintState.js";
import { splitDismissed } from "./splitDismissed.js";
import { type TypingGap, typingGapAt } from "./typingGap.js";

/** How long typing must pause before the text that was being typed is linted and highlighted. */
export const SETTLE_MS = 500;

/**
 * The text being typed after `tr`: the word at the caret, joined to the gap before it while the
 * user keeps typing there, so that no highlight changes shape until typing pauses. Null when `tr`
 * is not a keystroke at the caret (a remote change arrives as a whole-document replace; a fix, a
 * paste or an undo replaces more).
 */
function typingGapAfter(tr: Transaction, state: EditorState, prev: TypingGap | null): TypingGap | null {
  const step = tr.steps.length === 1 ? tr.steps[0] : undefined;
  if (!(step instanceof ReplaceStep) || !state.selection.empty) return null;
  const inserted = step.slice.content.size;
  if (inserted > 2 || step.to - step.from > 2 || state.selection.head !== step.from + inserted) return null;
  const word = typingGapAt(state.doc, state.selection.head);
  if (!word || !prev) return word;
  const from = tr.mapping.map(prev.from, -1);
  const to = tr.mapping.map(prev.to, 1);
  if (to < word.from || from > word.to) return word;
  return { from: Math.min(from, word.from), to: Math.max(to, word.to) };
}

/** What the lint plugin needs: the shared dismissals map and any extra linter context. */
export interface LintPluginOptions {
  /** The review's `lintDismissals` Y.Map (or any map with observe); null for no shared dismissals. */
  dismissals: DismissalsSource | null;
  /** Context beyond the document; the people register and glossary are read from the document. */
  context?: Omit<LintContext, "register">;
}

/** The part of a `Y.Map` the plugin uses. */
export interface DismissalsSource {
  forEach(callback: (value: unknown, key: string) => void): void;
  observe(callback: () => void): void;
  unobserve(callback: () => void): void;
}

/**
 * The ProseMirror plugin behind `LintExtension`. After a transaction that changes the document
 * (y-prosemirror's whole-document replace for a remote change, a fix, a paste) it asks the
 * incremental linter for a new snapshot and derives the highlights from it, never mapping them
 * through a remote change, so highlights cannot drift from the text a co-editor moved.
 *
 * While the user types at the caret, the keystrokes are not linted one by one: the highlights
 * move with the local edit (exact for local steps) and leave out the text being typed, and the
 * linter catches up once, when typing pauses, the caret leaves that text, another change
 * arrives or something reads the findings. That keeps the linter off the keystroke path.
 */
export function createLintPlugin(options: LintPluginOptions): Plugin<SnapshotLintState> {
  const source = options.dismissals;
  let records: DismissalRecord[] = source ? readDismissals(source) : [];
  // The engine reads the people register and case region from the document itself, as on the
  // server and in the CLI, and starts afresh when they change.
  const linter: IncrementalLinter = createIncrementalLinter(options.context);
  let version = 0;
  let openings = 0;
  // The document of the last snapshot: a change the linter reports is relative to it.
  let lastDoc: PmNode | null = null;

  /**
   * The state after `doc` changed (or the dismissals did, with `refresh`). The linter reports
   * which range's findings may differ: only the highlights there are rebuilt. With `mapped`,
   * `prev.decorations` have already been moved onto `doc` (a typing run), so they are patched
   * without moving them again.
   */
  function derive(
    doc: PmNode,
    prev: SnapshotLintState | null,
    popover: LintState["popover"],
    refresh = false,
    mapped = false,
  ): SnapshotLintState {
    const related = prev !== null && (mapped ? prev.baseDoc : prev.doc) === lastDoc && !refresh;
    lastDoc = doc;
    const snapshot = linter.update(doc);
    const change = related ? snapshot.change : null;
    // Same content (y-prosemirror may replace the document with an equal one): nothing to redo.
    if (!mapped && prev && change && change.from === change.to && change.editOldTo === change.editNewTo)
      return new SnapshotLintState(doc, prev.lazy, records, prev.decorations, popover, prev.version);
    const shown = records;
    const lazy = lazyFindings(() => splitDismissed(snapshot.findings(), shown));
    let decorations: DecorationSet;
    if (prev && change) {
      const region = snapshot.findingsBetween(change.from, change.to);
      const visible = records.length > 0 ? splitDismissed(region, records).findings : region;
      const edit = mapped
        ? { ...change, editFrom: change.from, editOldTo: change.from, editNewTo: change.from }
        : change;
      decorations = patchLintDecorations(prev.decorations, doc, edit, visible);
    } else decorations = buildLintDecorations(doc, lazy.get().findings);
    return new SnapshotLintState(doc, lazy, records, decorations, popover, ++version);
  }

  /** `state` with the linter caught up on its typing run (once per state), or `state` when it has none. */
  function caughtUp(state: SnapshotLintState): SnapshotLintState {
    if (!state.baseDoc) return state;
    state.caughtUp ??= derive(state.doc, state, state.popover, false, true);
    return state.caughtUp;
  }

  /** The state after a keystroke at the caret: highlights moved by the edit, linting deferred. */
  function typed(prev: SnapshotLintState, tr: Transaction, doc: PmNode, gap: TypingGap, popover: LintState["popover"]) {
    // A state the linter caught up on (the panel read its findings) is the better base.
    const base = prev.caughtUp ?? prev;
    const baseDoc = base.baseDoc ?? base.doc;
    const decorations = base.decorations.map(tr.mapping, doc);
    const lazy = lazyFindings(() => caughtUp(next).lazy.get());
    const next: SnapshotLintState = new SnapshotLintState(
      doc,
      lazy,
      records,
      decorations,
      popover,
      base.version,
      gap,
      baseDoc,
    );
    return next;
  }

  return new Plugin<SnapshotLintState>({
    key: lintPluginKey,
    state: {
      init: (_config, state) => derive(state.doc, null, null),
      apply(tr, prev, _oldState, newState) {
        const meta = tr.getMeta(lintPluginKey) as LintMeta | undefined;
        let popover = prev.popover;
        if (meta?.popover !== undefined) popover = meta.popover && { ...meta.popover, opened: ++openings };
        else if (popover && tr.docChanged) popover = { ...popover, at: tr.mapping.map(popover.at) };
        const refresh = meta?.refresh === true;
        if (refresh && source) records = readDismissals(source);
        if (tr.docChanged && !refresh) {
          const gap = typingGapAfter(tr, newState, prev.gap);
          // Typing closes the popover, as it closes a spelling menu: it was about text being changed.
          if (gap) return typed(prev, tr, newState.doc, gap, meta?.popover !== undefined ? popover : null);
        }
        // A refresh rebuilds every highlight, so a typing run needs no catching up first.
        if (tr.docChanged || refresh) return derive(newState.doc, refresh ? prev : caughtUp(prev), popover, refresh);
        const { gap } = prev;
        const { head, empty } = newState.selection;
        if (gap && (meta?.settle || !empty || head < gap.from || head > gap.to))
          return caughtUp(prev).withPopover(popover);
        return prev.withPopover(popover);
      },
    },
    props: {
      decorations: (state) => lintPluginKey.getState(state)?.shownDecorations ?? DecorationSet.empty,
      handleClick(view, pos) {
        const state = lintPluginKey.getState(view.state);
        if (!state) return false;
        const finding = findingAt(state.findings, pos);
        if (finding || state.popover) {
          const meta: LintMeta = { popover: finding ? { at: pos, focusFixes: false } : null };
          view.dispatch(view.state.tr.setMeta(lintPluginKey, meta));
        }
        return false;
      },
    },
    view(view) {
      let destroyed = false;
      let settleTimer: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        if (destroyed || !lintPluginKey.getState(view.state)?.gap) return;
        const meta: LintMeta = { settle: true };
        view.dispatch(view.state.tr.setMeta(lintPluginKey, meta).setMeta("addToHistory", false));
      };
      const onChange = () => {
        // Deferred: the map may change inside the Yjs transaction that also updates the document.
        queueMicrotask(() => {
          if (destroyed) return;
          const meta: LintMeta = { refresh: true };
          view.dispatch(view.state.tr.setMeta(lintPluginKey, meta).setMeta("addToHistory", false));
        });
      };
      source?.observe(onChange);
      return {
        update(view, prevState) {
          const state = lintPluginKey.getState(view.state);
          if (!state?.gap || state === lintPluginKey.getState(prevState)) return;
          clearTimeout(settleTimer);
          settleTimer = setTimeout(settle, SETTLE_MS);
        },
        destroy() {
          destroyed = true;
          clearTimeout(settleTimer);
          source?.unobserve(onChange);
        },
      };
    },
  });
}
