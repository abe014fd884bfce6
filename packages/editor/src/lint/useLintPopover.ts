import type { Finding } from "@sfo-review/lint";
import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { findingsAt } from "./findingAt.js";
import type { LintPopoverState } from "./LintState.js";
import { lintPluginKey } from "./lintPluginKey.js";

/** The open popover and the findings under it (at least one). */
export interface OpenPopover {
  popover: LintPopoverState;
  findings: readonly [Finding, ...Finding[]];
}

function read(editor: Editor): OpenPopover | null {
  const lint = lintPluginKey.getState(editor.state);
  const popover = lint?.popover;
  if (!popover || !lint) return null;
  const [first, ...rest] = findingsAt(lint.findings, popover.at);
  return first ? { popover, findings: [first, ...rest] } : null;
}

function sameFinding(f: Finding, g: Finding): boolean {
  return f.from === g.from && f.to === g.to && f.rule === g.rule && f.message === g.message;
}

function same(a: OpenPopover | null, b: OpenPopover | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.popover === b.popover &&
    a.findings.length === b.findings.length &&
    a.findings.every((finding, i) => sameFinding(finding, b.findings[i]!))
  );
}

/**
 * The popover to show, checked after every transaction but re-rendering only when it opens,
 * closes or its findings change: while the user types with no popover open, nothing renders.
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
