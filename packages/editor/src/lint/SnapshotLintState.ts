import type { Finding } from "@sfo-review/lint";
import type { Node as PmNode } from "@tiptap/pm/model";
import type { DecorationSet } from "@tiptap/pm/view";
import type { DismissalRecord } from "./DismissalRecord.js";
import type { DismissedFinding, LintPopoverState, LintState } from "./LintState.js";
import { type TypingGap, withTypingGap } from "./typingGap.js";

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
    /** The text being typed, left out of the highlights until typing pauses. */
    readonly gap: TypingGap | null = null,
    /**
     * During a typing run, the document the linter last saw: `decorations` are its highlights
     * moved onto `doc`, and the linter has yet to catch up. Null otherwise.
     */
    readonly baseDoc: PmNode | null = null,
  ) {}

  /** This state with the linter caught up on its typing run, once something needed it. */
  caughtUp: SnapshotLintState | undefined;

  private shown: DecorationSet | undefined;

  /** The highlights the view draws: `decorations` less the word being typed. */
  get shownDecorations(): DecorationSet {
    this.shown ??= withTypingGap(this.decorations, this.doc, this.gap);
    return this.shown;
  }

  get findings(): readonly Finding[] {
    return this.lazy.get().findings;
  }

  get dismissed(): readonly DismissedFinding[] {
    return this.lazy.get().dismissed;
  }

  /** The same state with another popover. */
  withPopover(popover: LintPopoverState | null): SnapshotLintState {
    if (popover === this.popover) return this;
    const next = new SnapshotLintState(
      this.doc,
      this.lazy,
      this.dismissals,
      this.decorations,
      popover,
      this.version,
      this.gap,
      this.baseDoc,
    );
    if (this.caughtUp) next.caughtUp = this.caughtUp.withPopover(popover);
    return next;
  }

  /** The same state with another typing gap. */
  withGap(gap: TypingGap | null): SnapshotLintState {
    if (gap === this.gap || (gap && this.gap && gap.from === this.gap.from && gap.to === this.gap.to)) return this;
    return new SnapshotLintState(
      this.doc,
      this.lazy,
      this.dismissals,
      this.decorations,
      this.popover,
      this.version,
      gap,
      this.baseDoc,
    );
  }
}
