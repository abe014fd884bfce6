import type { Finding } from "@sfo-review/lint";
import type { Node as PmNode } from "@tiptap/pm/model";
import type { DecorationSet } from "@tiptap/pm/view";
import type { DismissalRecord } from "./DismissalRecord.js";
import type { DismissedFinding, LintPopoverState, LintState } from "./LintState.js";

/** The visible and dismissed findings, worked out on first read. */
export interface LazyFindings {
  get(): { findings: readonly Finding[]; dismissed: readonly DismissedFinding[] };
}

/** Wraps `compute` so that it runs once, when first needed. */
export function lazyFindings(compute: () => ReturnType<LazyFindings["get"]>): LazyFindings {
  let value: ReturnType<LazyFindings["get"]> | undefined;
  return { get: () => (value ??= compute()) };
}

/**
 * The lint plugin's state. The findings are worked out from the linter's snapshot on first read
 * (the panel after a pause in typing, a click, a keyboard command), not on every keystroke, and
 * are shared with the copies `withPopover` makes.
 */
export class SnapshotLintState implements LintState {
  constructor(
    /** The document the findings and decorations belong to. */
    readonly doc: PmNode,
    readonly lazy: LazyFindings,
    readonly dismissals: readonly DismissalRecord[],
    readonly decorations: DecorationSet,
    readonly popover: LintPopoverState | null,
    readonly version: number,
  ) {}

  get findings(): readonly Finding[] {
    return this.lazy.get().findings;
  }

  get dismissed(): readonly DismissedFinding[] {
    return this.lazy.get().dismissed;
  }

  /** The same state with another popover. */
  withPopover(popover: LintPopoverState | null): SnapshotLintState {
    if (popover === this.popover) return this;
    return new SnapshotLintState(this.doc, this.lazy, this.dismissals, this.decorations, popover, this.version);
  }
}
