import { type Editor, Extension, type KeyboardShortcutCommand } from "@tiptap/core";
import { keydownHandler } from "@tiptap/pm/keymap";
import { Plugin } from "@tiptap/pm/state";
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

/** The keyboard commands of linting, by ProseMirror key name; each is false when it does not apply. */
const lintShortcuts: Record<string, (editor: Editor) => boolean> = {
  "Alt-F8": (editor) => goToFinding(editor, "next"),
  "Alt-Shift-F8": (editor) => goToFinding(editor, "previous"),
  "Alt-Enter": (editor) => {
    const lint = lintPluginKey.getState(editor.state);
    const at = editor.state.selection.from;
    if (!lint || !findingAt(lint.findings, at)) return false;
    setLintPopover(editor, { at, focusFixes: true });
    return true;
  },
  Escape: (editor) => {
    if (!lintPluginKey.getState(editor.state)?.popover) return false;
    setLintPopover(editor, null);
    return true;
  },
};

function boundShortcuts(editor: Editor): Record<string, () => boolean> {
  return Object.fromEntries(Object.entries(lintShortcuts).map(([key, command]) => [key, () => command(editor)]));
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
    const readerKeys = keydownHandler(boundShortcuts(this.editor));
    // ProseMirror runs keymaps only in an editable view; a reader needs these keys as well.
    const readOnlyShortcuts = new Plugin({
      props: {
        handleDOMEvents: {
          keydown(view, event) {
            if (view.editable || !readerKeys(view, event)) return false;
            event.preventDefault();
            return true;
          },
        },
      },
    });
    return [createLintPlugin(context ? { dismissals, context } : { dismissals }), readOnlyShortcuts];
  },

  addKeyboardShortcuts(): Record<string, KeyboardShortcutCommand> {
    if (!this.options.enabled) return {};
    return boundShortcuts(this.editor);
  },
});
