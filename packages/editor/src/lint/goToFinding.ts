import type { Finding } from "@sfo-review/lint";
import type { Editor } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import { adjacentFinding } from "./adjacentFinding.js";
import type { LintMeta } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";

/** Selects `finding` in the text, scrolls to it and shows its popover (without taking focus from the text). */
export function selectFinding(editor: Editor, finding: Finding): void {
  const { state } = editor;
  const node = state.doc.nodeAt(finding.from);
  const selection =
    node && !node.isText && finding.from + node.nodeSize === finding.to
      ? NodeSelection.create(state.doc, finding.from)
      : TextSelection.create(state.doc, finding.from, finding.to);
  const meta: LintMeta = { popover: { at: finding.from, focusFixes: false } };
  editor.view.dispatch(state.tr.setSelection(selection).setMeta(lintPluginKey, meta).scrollIntoView());
  editor.view.focus();
}

// The DOM caret can be ahead of the editor state right after a click or an End key: Chromium
// reports the selection change in a later task, and the shortcut may arrive first.
function caretPosition(editor: Editor): number {
  const { view } = editor;
  const selection = view.dom.ownerDocument.getSelection();
  const node = selection?.focusNode;
  if (!node || !view.dom.contains(node)) return editor.state.selection.from;
  try {
    return view.posAtDOM(node, selection.focusOffset);
  } catch {
    return editor.state.selection.from;
  }
}

/** Alt+F8 / Alt+Shift+F8: moves to the next or previous finding. False when there is none. */
export function goToFinding(editor: Editor, direction: "next" | "previous"): boolean {
  const lint = lintPluginKey.getState(editor.state);
  if (!lint) return false;
  const finding = adjacentFinding(lint.findings, caretPosition(editor), direction);
  if (!finding) return false;
  selectFinding(editor, finding);
  return true;
}
