import { createIncrementalLinter, type IncrementalLinter, type LintContext } from "@sfo-review/lint";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin } from "@tiptap/pm/state";
import { DecorationSet } from "@tiptap/pm/view";
import { buildLintDecorations, patchLintDecorations } from "./buildLintDecorations.js";
import type { DismissalRecord } from "./DismissalRecord.js";
import { findingAt } from "./findingAt.js";
import type { LintMeta, LintState } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";
import { readDismissals } from "./readDismissals.js";
import { lazyFindings, SnapshotLintState } from "./SnapshotLintState.js";
import { splitDismissed } from "./splitDismissed.js";

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
 * The ProseMirror plugin behind `LintExtension`. After every transaction that changes the
 * document (local typing, or y-prosemirror's whole-document replace for a remote change) it asks
 * the incremental linter for a new snapshot and derives the highlights from it; it never maps
 * old decorations, so highlights cannot drift from the text a co-editor moved.
 */
export function createLintPlugin(options: LintPluginOptions): Plugin<SnapshotLintState> {
  const source = options.dismissals;
  let records: DismissalRecord[] = source ? readDismissals(source) : [];
  // The engine reads the people register and case region from the document itself, as on the
  // server and in the CLI, and starts afresh when they change.
  const linter: IncrementalLinter = createIncrementalLinter(options.context);
  let version = 0;
  // The document of the last snapshot: a change the linter reports is relative to it.
  let lastDoc: PmNode | null = null;

  /**
   * The state after `doc` changed (or the dismissals did, with `refresh`). After a keystroke the
   * linter reports which range's findings may differ: only the highlights there are rebuilt.
   */
  function derive(
    doc: PmNode,
    prev: SnapshotLintState | null,
    popover: LintState["popover"],
    refresh = false,
  ): SnapshotLintState {
    const related = prev !== null && prev.doc === lastDoc && !refresh;
    lastDoc = doc;
    const snapshot = linter.update(doc);
    const change = related ? snapshot.change : null;
    // Same content (y-prosemirror may replace the document with an equal one): nothing to redo.
    if (prev && change && change.from === change.to && change.editOldTo === change.editNewTo)
      return new SnapshotLintState(doc, prev.lazy, records, prev.decorations, popover, prev.version);
    const shown = records;
    const lazy = lazyFindings(() => splitDismissed(snapshot.findings(), shown));
    let decorations: DecorationSet;
    if (prev && change) {
      const region = snapshot.findingsBetween(change.from, change.to);
      const visible = records.length > 0 ? splitDismissed(region, records).findings : region;
      decorations = patchLintDecorations(prev.decorations, doc, change, visible);
    } else decorations = buildLintDecorations(doc, lazy.get().findings);
    return new SnapshotLintState(doc, lazy, records, decorations, popover, ++version);
  }

  return new Plugin<SnapshotLintState>({
    key: lintPluginKey,
    state: {
      init: (_config, state) => derive(state.doc, null, null),
      apply(tr, prev, _oldState, newState) {
        const meta = tr.getMeta(lintPluginKey) as LintMeta | undefined;
        let popover = prev.popover;
        if (meta?.popover !== undefined) popover = meta.popover;
        else if (popover && tr.docChanged) popover = { ...popover, at: tr.mapping.map(popover.at) };
        const refresh = meta?.refresh === true;
        if (refresh && source) records = readDismissals(source);
        if (tr.docChanged || refresh) return derive(newState.doc, prev, popover, refresh);
        return prev.withPopover(popover);
      },
    },
    props: {
      decorations: (state) => lintPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
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
      if (!source) return {};
      let destroyed = false;
      const onChange = () => {
        // Deferred: the map may change inside the Yjs transaction that also updates the document.
        queueMicrotask(() => {
          if (destroyed) return;
          const meta: LintMeta = { refresh: true };
          view.dispatch(view.state.tr.setMeta(lintPluginKey, meta).setMeta("addToHistory", false));
        });
      };
      source.observe(onChange);
      return {
        destroy() {
          destroyed = true;
          source.unobserve(onChange);
        },
      };
    },
  });
}
