import { Extension, type KeyboardShortcutCommand } from "@tiptap/core";
import { createLintPlugin, type LintPluginOptions } from "./createLintPlugin.js";
import { findingAt } from "./findingAt.js";
import { goToFinding } from "./goToFinding.js";
import { lintPluginKey } from "./lintPluginKey.js";
import { setLintPopover } from "./setLintPopover.js";

/** Options of `LintExtension`. */
export interface LintExtensionOptions extends LintPluginOptions {
  /** False adds no plugin at all (used to compare keystroke latency with linting off). */
  enabled: boolean;
}

/**
 * Live linting of the review: highlights by severity, a popover with fixes, keyboard navigation
 * (Alt+F8 / Alt+Shift+F8 next and previous finding, Alt+Enter fixes for the finding at the caret,
 * Escape closes). Render `LintUi` beside the editor for the popover, panel and announcements.
 *
 * @example
 * LintExtension.configure({ dismissals: ydoc.getMap(LINT_DISMISSALS_MAP) })
 */
export const LintExtension = Extension.create<LintExtensionOptions>({
  name: "sfoLint",

  addOptions() {
    return { enabled: true, dismissals: null };
  },

  addProseMirrorPlugins() {
    if (!this.options.enabled) return [];
    const { dismissals, context } = this.options;
    return [createLintPlugin(context ? { dismissals, context } : { dismissals })];
  },

  addKeyboardShortcuts(): Record<string, KeyboardShortcutCommand> {
    if (!this.options.enabled) return {};
    return {
      "Alt-F8": () => goToFinding(this.editor, "next"),
      "Alt-Shift-F8": () => goToFinding(this.editor, "previous"),
      "Alt-Enter": () => {
        const lint = lintPluginKey.getState(this.editor.state);
        const at = this.editor.state.selection.from;
        if (!lint || !findingAt(lint.findings, at)) return false;
        setLintPopover(this.editor, { at, focusFixes: true });
        return true;
      },
      Escape: () => {
        if (!lintPluginKey.getState(this.editor.state)?.popover) return false;
        setLintPopover(this.editor, null);
        return true;
      },
    };
  },
});
