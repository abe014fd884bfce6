import type { Finding } from "@sfo-review/lint";
import type { Editor } from "@tiptap/core";
import { type ReactNode, useCallback, useRef } from "react";
import type { DismissalRecord } from "./DismissalRecord.js";
import { type DismissalsTarget, dismissFinding } from "./dismissFinding.js";
import { FindingsPanel } from "./FindingsPanel.js";
import { LintAnnouncer } from "./LintAnnouncer.js";
import { LintPopover } from "./LintPopover.js";
import { summariseFindings } from "./summariseFindings.js";
import { useLintPopover } from "./useLintPopover.js";
import { useLintState } from "./useLintState.js";

export interface LintUiProps {
  editor: Editor | null;
  /** The review text (`EditorContent`), laid out beside the findings panel. */
  children: ReactNode;
  editable: boolean;
  /** The shared dismissals map; dismissing is offered only with it and when `canDismiss`. */
  dismissals: (DismissalsTarget & { delete(key: string): void }) | null;
  /** Read-only roles see dismissals but cannot add or restore them (the server refuses their writes anyway). */
  canDismiss: boolean;
  /** Name recorded with a dismissal. */
  userName: string;
}

const PANEL_DEBOUNCE_MS = 250;

/** The popover, findings panel and live announcements of `LintExtension`; just `children` when linting is off. */
export function LintUi({ editor, children, editable, dismissals, canDismiss, userName }: LintUiProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const open = useLintPopover(editor);
  const settled = useLintState(editor, PANEL_DEBOUNCE_MS);
  const onDismiss = useCallback(
    (finding: Finding, reason: string) => {
      if (dismissals) dismissFinding(dismissals, finding, reason, userName);
    },
    [dismissals, userName],
  );
  const onRestore = useCallback((record: DismissalRecord) => dismissals?.delete(record.key), [dismissals]);

  if (!editor || !settled) return <>{children}</>;
  const mayDismiss = canDismiss && editable && dismissals !== null;

  return (
    <div className="sfo-lint-layout">
      <div className="sfo-lint-host" ref={hostRef}>
        {children}
        {open && (
          <LintPopover
            key={open.popover.opened ?? `${open.findings[0].from}:${open.findings[0].to}`}
            editor={editor}
            findings={open.findings}
            popover={open.popover}
            hostRef={hostRef}
            editable={editable}
            {...(mayDismiss ? { onDismiss } : {})}
          />
        )}
      </div>
      <div className="sfo-lint-rail">
        <FindingsPanel editor={editor} view={settled} {...(mayDismiss ? { onRestore } : {})} />
      </div>
      <LintAnnouncer text={`Checks: ${summariseFindings(settled.lint.findings).text}`} />
    </div>
  );
}
