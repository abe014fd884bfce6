import {
  applyDismissals,
  createIncrementalLinter,
  type Finding,
  type IncrementalLinter,
  type LintContext,
} from "@sfo-review/lint";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin } from "@tiptap/pm/state";
import { DecorationSet } from "@tiptap/pm/view";
import { buildLintDecorations } from "./buildLintDecorations.js";
import type { DismissalRecord } from "./DismissalRecord.js";
import { dismissalKey } from "./dismissalKey.js";
import { findingAt } from "./findingAt.js";
import type { DismissedFinding, LintMeta, LintState } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";
import { readDismissals } from "./readDismissals.js";
import { findPeopleRegister, readRegister } from "./readRegister.js";
import { sameFindings } from "./sameFindings.js";

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
export function createLintPlugin(options: LintPluginOptions): Plugin<LintState> {
  const source = options.dismissals;
  let records: DismissalRecord[] = source ? readDismissals(source) : [];
  let linter: IncrementalLinter | null = null;
  let registerNode: PmNode | null | undefined;
  let registerKey = "";
  let version = 0;

  function linterFor(doc: PmNode): IncrementalLinter {
    const node = findPeopleRegister(doc);
    if (linter && node === registerNode) return linter;
    registerNode = node;
    const register = readRegister(node);
    const key = JSON.stringify(register);
    if (!linter || key !== registerKey) {
      registerKey = key;
      linter = createIncrementalLinter({ ...options.context, register });
    }
    return linter;
  }

  function derive(doc: PmNode, prev: LintState | null, popover: LintState["popover"]): LintState {
    const all = linterFor(doc).update(doc).findings();
    let findings: readonly Finding[] = all;
    let dismissed: DismissedFinding[] = [];
    if (records.length > 0) {
      findings = applyDismissals(
        all,
        records.map((r) => r.dismissal),
      );
      if (findings.length !== all.length) {
        const shown = new Set(findings);
        const byKey = new Map(records.map((r) => [r.key, r]));
        for (const finding of all) {
          if (shown.has(finding)) continue;
          const record = byKey.get(dismissalKey(finding)) ?? records.find((r) => r.dismissal.rule === finding.rule);
          if (record) dismissed.push({ finding, record });
        }
      }
    }
    if (
      prev &&
      sameFindings(prev.findings, findings) &&
      prev.dismissals === records &&
      sameDismissed(prev, dismissed)
    ) {
      return prev.popover === popover ? prev : { ...prev, popover };
    }
    if (prev && prev.dismissed.length === 0 && dismissed.length === 0) dismissed = prev.dismissed as DismissedFinding[];
    const decorations =
      prev && sameFindings(prev.findings, findings) ? prev.decorations : buildLintDecorations(doc, findings);
    return { findings, dismissed, dismissals: records, decorations, popover, version: ++version };
  }

  return new Plugin<LintState>({
    key: lintPluginKey,
    state: {
      init: (_config, state) => derive(state.doc, null, null),
      apply(tr, prev, _oldState, newState) {
        const meta = tr.getMeta(lintPluginKey) as LintMeta | undefined;
        let popover = prev.popover;
        if (meta?.popover !== undefined) popover = meta.popover;
        else if (popover && tr.docChanged) popover = { ...popover, at: tr.mapping.map(popover.at) };
        if (meta?.refresh && source) records = readDismissals(source);
        if (tr.docChanged || meta?.refresh) return derive(newState.doc, prev, popover);
        return popover === prev.popover ? prev : { ...prev, popover };
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

function sameDismissed(prev: LintState, dismissed: readonly DismissedFinding[]): boolean {
  if (prev.dismissed.length !== dismissed.length) return false;
  return prev.dismissed.every((d, i) => {
    const other = dismissed[i]!;
    return d.record === other.record && d.finding.from === other.finding.from && d.finding.to === other.finding.to;
  });
}
