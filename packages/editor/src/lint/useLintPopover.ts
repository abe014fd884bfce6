import type { Finding } from "@sfo-review/lint";
import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { findingAt } from "./findingAt.js";
import type { LintPopoverState } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";

/** The open popover and the finding under it. */
export interface OpenPopover {
  popover: LintPopoverState;
  finding: Finding;
}

function read(editor: Editor): OpenPopover | null {
  const lint = lintPluginKey.getState(editor.state);
  const popover = lint?.popover;
  const finding = popover && lint ? findingAt(lint.findings, popover.at) : undefined;
  return popover && finding ? { popover, finding } : null;
}

function same(a: OpenPopover | null, b: OpenPopover | null): boolean {
  if (a === null || b === null) return a === b;
  const f = a.finding;
  const g = b.finding;
  return a.popover === b.popover && f.from === g.from && f.to === g.to && f.rule === g.rule && f.message === g.message;
}

/**
 * The popover to show, checked after every transaction but re-rendering only when it opens,
 * closes or its finding changes: while the user types with no popover open, nothing renders.
 */
export function useLintPopover(editor: Editor | null): OpenPopover | null {
  const [open, setOpen] = useState<OpenPopover | null>(null);
  useEffect(() => {
    if (!editor) return;
    let shown = read(editor);
    setOpen(shown);
    const onTransaction = () => {
      const next = read(editor);
      if (same(shown, next)) return;
      shown = next;
      setOpen(next);
    };
    editor.on("transaction", onTransaction);
    return () => {
      editor.off("transaction", onTransaction);
    };
  }, [editor]);
  return open;
}
