import { type Finding, ruleInfo } from "@sfo-review/lint";
import type { Editor } from "@tiptap/core";
import { type KeyboardEvent, type RefObject, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { applyLintFix } from "./applyLintFix.js";
import type { LintPopoverState } from "./LintState.js";
import { setLintPopover } from "./setLintPopover.js";

export interface LintPopoverProps {
  editor: Editor;
  /** The findings on the words at the popover, most severe first. */
  findings: readonly [Finding, ...Finding[]];
  popover: LintPopoverState;
  /** The positioned element the popover is placed in. */
  hostRef: RefObject<HTMLElement | null>;
  editable: boolean;
  /** Present when the user may dismiss findings; called with the reason. */
  onDismiss?: (finding: Finding, reason: string) => void;
}

const severityLabels = { error: "Error", warning: "Warning", info: "Advice" } as const;
/** Space between the words and the popover, in px. */
const GAP = 6;

/** The findings at the caret: what is wrong, why it matters, and the fixes and dismissal the user may choose for each. */
export function LintPopover({ editor, findings, popover, hostRef, editable, onDismiss }: LintPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const [first] = findings;

  useEffect(() => {
    if (popover.focusFixes) ref.current?.querySelector<HTMLElement>("button")?.focus();
  }, [popover]);

  // Below the words, or above them when it would run past the bottom of the window and fits above. Always
  // placed by its top edge (above the words, lifted by its own height): the text below the words changes height
  // as the browser lays out sections that come into view (content-visibility), and a popover anchored to the
  // bottom would move with it. Lifted by a transform, it grows upwards when a dismissal form opens.
  const [above, setAbove] = useState(false);
  const host = hostRef.current;
  let style: { top: number; left: number; transform?: string } = { top: 0, left: 0 };
  let word: { top: number; bottom: number } | null = null;
  if (host) {
    const at = Math.min(first.from, editor.state.doc.content.size);
    const coords = editor.view.coordsAtPos(at);
    const box = host.getBoundingClientRect();
    const left = Math.min(Math.max(0, coords.left - box.left), Math.max(0, box.width - 380));
    word = { top: coords.top, bottom: coords.bottom };
    style = above
      ? { top: coords.top - box.top - GAP, left, transform: "translateY(-100%)" }
      : { top: coords.bottom - box.top + GAP, left };
  }
  useLayoutEffect(() => {
    const height = ref.current?.offsetHeight;
    if (!word || height === undefined) return;
    const view = ref.current?.ownerDocument.defaultView;
    const fitsBelow = word.bottom + GAP + height <= (view?.innerHeight ?? Number.POSITIVE_INFINITY);
    const fitsAbove = word.top - GAP - height >= 0;
    setAbove(!fitsBelow && fitsAbove);
  });
  // Scrolling can move the words within the text (sections above them laid out at their real height): it is
  // placed again, once a frame.
  const [, setScrolled] = useState(0);
  useEffect(() => {
    const view = ref.current?.ownerDocument.defaultView;
    if (!view) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        setScrolled((n) => n + 1);
      });
    };
    view.addEventListener("scroll", onScroll, { passive: true, capture: true });
    view.addEventListener("resize", onScroll, { passive: true });
    return () => {
      view.cancelAnimationFrame(frame);
      view.removeEventListener("scroll", onScroll, { capture: true });
      view.removeEventListener("resize", onScroll);
    };
  }, []);

  const close = () => {
    setLintPopover(editor, null);
    editor.view.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };

  return (
    <div
      ref={ref}
      className={`sfo-lint-popover sfo-lint-popover--${first.severity}`}
      role="dialog"
      aria-labelledby={`${idPrefix}-0`}
      style={style}
      onKeyDown={onKeyDown}
      data-testid="lint-popover"
    >
      {findings.map((finding, i) => (
        <FindingAdvice
          // Not the dismissal key: its block hash changes when anyone edits the paragraph, and a remount would
          // drop the reason being typed.
          key={`${finding.rule}\u0000${finding.matchedText ?? ""}`}
          editor={editor}
          finding={finding}
          titleId={`${idPrefix}-${i}`}
          editable={editable}
          close={close}
          {...(onDismiss ? { onDismiss } : {})}
        />
      ))}
      <button type="button" className="sfo-lint-popover__close" aria-label="Close" onClick={close}>
        ×
      </button>
    </div>
  );
}

interface FindingAdviceProps {
  editor: Editor;
  finding: Finding;
  titleId: string;
  editable: boolean;
  close: () => void;
  onDismiss?: (finding: Finding, reason: string) => void;
}

/** One finding of the popover, with its own fixes and dismissal. */
function FindingAdvice({ editor, finding, titleId, editable, close, onDismiss }: FindingAdviceProps) {
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState("");
  const info = ruleInfo(finding.rule);
  const fixes = editable ? (finding.fixes ?? []) : [];

  return (
    <section className="sfo-lint-popover__finding" aria-labelledby={titleId} data-rule={finding.rule}>
      <p className="sfo-lint-popover__title" id={titleId}>
        <span className={`sfo-lint-badge sfo-lint-badge--${finding.severity}`}>{severityLabels[finding.severity]}</span>{" "}
        {info?.title ?? finding.rule}
      </p>
      <p className="sfo-lint-popover__message">{finding.message}</p>
      <p className="sfo-lint-popover__why">
        <span className="sfo-lint-popover__label">Why it matters: </span>
        {finding.guidance ?? info?.guidance ?? "See the review guidance."} <code>{finding.rule}</code>
      </p>
      {fixes.length > 0 && (
        <ul className="sfo-lint-popover__fixes" aria-label="Fixes">
          {fixes.map((fix) => (
            <li key={`${fix.kind}:${fix.label}`}>
              <button
                type="button"
                className="sfo-lint-button sfo-lint-button--primary"
                onClick={() => applyLintFix(editor, fix)}
              >
                {fix.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {onDismiss && finding.severity !== "error" && (
        <div className="sfo-lint-popover__dismiss">
          {dismissing ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (!reason.trim()) return;
                onDismiss(finding, reason);
                close();
              }}
            >
              <label>
                Reason for dismissing (everyone will see it)
                <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={2} required />
              </label>
              <button type="submit" className="sfo-lint-button">
                Dismiss for everyone
              </button>
            </form>
          ) : (
            <button type="button" className="sfo-lint-button" onClick={() => setDismissing(true)}>
              Dismiss…
            </button>
          )}
        </div>
      )}
    </section>
  );
}
