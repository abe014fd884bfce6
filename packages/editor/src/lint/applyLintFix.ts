import type { Fix } from "@sfo-review/lint";
import type { Editor } from "@tiptap/core";
import { fixTransaction } from "./fixTransaction.js";
import type { LintMeta } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";

/** Applies a fix the user chose, closes the popover and returns focus to the text. False if it no longer applies. */
export function applyLintFix(editor: Editor, fix: Fix): boolean {
  if (!editor.isEditable) return false;
  const tr = fixTransaction(editor.state, fix);
  if (!tr) return false;
  const meta: LintMeta = { popover: null };
  editor.view.dispatch(tr.setMeta(lintPluginKey, meta));
  editor.view.focus();
  return true;
}
