import type { Editor } from "@tiptap/core";
import type { LintMeta, LintPopoverState } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";

/** Opens the finding popover at `popover.at`, or closes it with null. */
export function setLintPopover(editor: Editor, popover: LintPopoverState | null): void {
  const meta: LintMeta = { popover };
  editor.view.dispatch(editor.state.tr.setMeta(lintPluginKey, meta));
}
