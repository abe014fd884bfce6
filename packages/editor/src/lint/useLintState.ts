import type { Editor } from "@tiptap/core";
import type { EditorState } from "@tiptap/pm/state";
import { startTransition, useEffect, useState } from "react";
import type { LintState } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";

/** The lint plugin state and the editor state it belongs to. */
export interface LintView {
  lint: LintState;
  state: EditorState;
}

function read(editor: Editor | null): LintView | null {
  if (!editor || editor.isDestroyed) return null;
  const lint = lintPluginKey.getState(editor.state);
  return lint ? { lint, state: editor.state } : null;
}

/**
 * The lint state of `editor`, re-rendering only when the plugin state object changes. With
 * `debounceMs` the update waits until typing pauses, which keeps a long findings panel out of
 * the keystroke path.
 */
export function useLintState(editor: Editor | null, debounceMs = 0): LintView | null {
  const [view, setView] = useState<LintView | null>(() => read(editor));
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shown = lintPluginKey.getState(editor.state);
    setView(read(editor));
    const onTransaction = () => {
      const lint = lintPluginKey.getState(editor.state);
      if (lint === shown) return;
      shown = lint;
      if (debounceMs <= 0) {
        setView(read(editor));
        return;
      }
      clearTimeout(timer);
      // A transition: React may interrupt rendering a long panel when the user types again.
      timer = setTimeout(() => startTransition(() => setView(read(editor))), debounceMs);
    };
    editor.on("transaction", onTransaction);
    return () => {
      clearTimeout(timer);
      editor.off("transaction", onTransaction);
    };
  }, [editor, debounceMs]);
  return view;
}
