import type { Finding } from "@sfo-review/lint";
import type { Editor } from "@tiptap/core";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { selectFinding } from "./goToFinding.js";
import { groupFindings } from "./groupFindings.js";
import type { DismissalRecord } from "./DismissalRecord.js";
import { lintPluginKey } from "./lintPluginKey.js";
import { relocateFinding } from "./relocateFinding.js";
import { sectionAt } from "./sectionAt.js";
import { summariseFindings } from "./summariseFindings.js";
import type { LintView } from "./useLintState.js";

export interface FindingsPanelProps {
  editor: Editor;
  view: LintView;
  /** Present when the user may restore dismissed findings. */
  onRestore?: (record: DismissalRecord) => void;
}

// A section with hundreds of findings of one rule would make the panel slow to render and to read.
const MAX_PER_RULE = 30;

function excerpt(finding: Finding): string {
  const text = finding.matchedText ?? "";
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The findings of one rule. Rendered only while its `<details>` is open: a long review has
 * over a thousand findings, and rendering them all each time typing pauses cost tens of ms.
 */
function RuleFindings({ findings, onSelect }: { findings: readonly Finding[]; onSelect: (f: Finding) => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const details = ref.current?.parentElement;
    if (!details) return;
    const onToggle = () => setOpen((details as HTMLDetailsElement).open);
    details.addEventListener("toggle", onToggle);
    return () => details.removeEventListener("toggle", onToggle);
  }, []);
  return (
    <ul ref={ref}>
      {open &&
        findings.slice(0, MAX_PER_RULE).map((finding) => (
          <li key={`${finding.from}:${finding.to}:${finding.rule}`}>
            <button
              type="button"
              className={`sfo-lint-panel__finding sfo-lint-panel__finding--${finding.severity}`}
              title={finding.message}
              onClick={() => onSelect(finding)}
            >
              {excerpt(finding) || finding.message}
            </button>
          </li>
        ))}
      {open && findings.length > MAX_PER_RULE && <li>and {findings.length - MAX_PER_RULE} more</li>}
    </ul>
  );
}

/** All findings of the review, grouped by section and rule, with the summary a countersigner reads first. */
export const FindingsPanel = memo(function FindingsPanel({ editor, view, onRestore }: FindingsPanelProps) {
  const { lint, state } = view;
  const summary = useMemo(() => summariseFindings(lint.findings), [lint.findings]);
  const groups = useMemo(() => groupFindings(lint.findings, (f) => sectionAt(state.doc, f.from)), [lint, state]);

  const select = (stale: Finding) => {
    const current = lintPluginKey.getState(editor.state);
    const finding = current && (current.findings.includes(stale) ? stale : relocateFinding(current.findings, stale));
    if (finding) selectFinding(editor, finding);
  };

  return (
    <aside className="sfo-lint-panel" aria-labelledby="sfo-lint-panel-title" data-testid="findings-panel">
      <div className="sfo-lint-panel__header">
        <h2 className="sfo-lint-panel__title" id="sfo-lint-panel-title">
          Checks
        </h2>
        <p className="sfo-lint-panel__summary" data-testid="lint-summary">
          {summary.counts.error > 0 && <span className="sfo-lint-dot sfo-lint-dot--error" aria-hidden="true" />}
          {summary.text}
        </p>
        {lint.dismissed.length > 0 && (
          <p className="sfo-lint-panel__dismissed-count" data-testid="lint-dismissed-count">
            {lint.dismissed.length} dismissed
          </p>
        )}
        <p className="sfo-lint-panel__keys">Alt+F8 next, Alt+Shift+F8 previous, Alt+Enter fixes.</p>
      </div>
      {groups.map((group) => (
        <details key={group.section.name} className="sfo-lint-panel__section" open>
          <summary>
            {group.section.title} <span className="sfo-lint-count">{group.count}</span>
          </summary>
          {group.rules.map((rule) => (
            <details key={rule.rule} className="sfo-lint-panel__rule">
              <summary>
                <span className="sfo-lint-panel__rule-title">{rule.title}</span>{" "}
                <span className="sfo-lint-count">{rule.findings.length}</span> <code>{rule.rule}</code>
              </summary>
              <RuleFindings findings={rule.findings} onSelect={select} />
            </details>
          ))}
        </details>
      ))}
      {lint.dismissals.length > 0 && (
        <details className="sfo-lint-panel__section sfo-lint-panel__dismissed">
          <summary>
            Dismissed <span className="sfo-lint-count">{lint.dismissals.length}</span>
          </summary>
          <ul>
            {lint.dismissals.map((record) => (
              <li key={record.key}>
                <code>{record.dismissal.rule}</code> “{record.dismissal.matchedText}”: {record.reason}{" "}
                <span className="sfo-lint-panel__by">
                  ({record.by}, {record.at.slice(0, 10)})
                </span>
                {onRestore && (
                  <button
                    type="button"
                    className="sfo-lint-button sfo-lint-button--small"
                    onClick={() => onRestore(record)}
                  >
                    Restore
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
});
