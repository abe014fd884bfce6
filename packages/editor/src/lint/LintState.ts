import type { Finding } from "@sfo-review/lint";
import type { DecorationSet } from "@tiptap/pm/view";
import type { DismissalRecord } from "./DismissalRecord.js";
import type { TypingGap } from "./typingGap.js";

/** The popover for the finding at `at`; `focusFixes` when opened from the keyboard. */
export interface LintPopoverState {
  at: number;
  focusFixes: boolean;
  /**
   * Which opening this is, set by the plugin: it stays while the popover moves with edits (a co-editor typing
   * in the same paragraph), so that the view keeps a half-written dismissal reason.
   */
  opened?: number;
}

/** A finding hidden by a shared dismissal, with the dismissal that hides it. */
export interface DismissedFinding {
  finding: Finding;
  record: DismissalRecord;
}

/**
 * State of the lint plugin: re-derived from the linter's cache after every document change.
 * `findings` and `dismissed` are computed when first read, so that typing (which only needs the
 * decorations) does not give every finding after the caret a new position object.
 */
export interface LintState {
  /** Findings not dismissed, sorted by position, with positions in the current document. */
  readonly findings: readonly Finding[];
  readonly dismissed: readonly DismissedFinding[];
  /** Every entry of the shared dismissals map, including those whose text has since changed. */
  readonly dismissals: readonly DismissalRecord[];
  /** The highlights of every visible finding. */
  readonly decorations: DecorationSet;
  /** The word being typed, which the drawn highlights leave out until typing pauses. */
  readonly gap: TypingGap | null;
  /** The highlights the view draws: `decorations` less the word being typed. */
  readonly shownDecorations: DecorationSet;
  readonly popover: LintPopoverState | null;
  /** Changes whenever `findings`, `dismissed` or `dismissals` may have changed; React views key on it. */
  readonly version: number;
}

/** Transaction metadata the lint plugin understands. */
export interface LintMeta {
  /** Re-read the shared dismissals. */
  refresh?: true;
  /** Open (or, with null, close) the popover. */
  popover?: LintPopoverState | null;
  /** Typing has paused: highlight the word that was being typed. */
  settle?: true;
}
