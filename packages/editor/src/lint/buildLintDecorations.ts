import type { Finding, Severity } from "@sfo-review/lint";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

const severityLabels: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Advice" };

/** The tooltip of a highlight: severity, message and rule id, read by screen readers as the element's description. */
export function findingTitle(finding: Finding): string {
  return `${severityLabels[finding.severity]}: ${finding.message} (${finding.rule})`;
}

/**
 * Decorations for `findings` (sorted by position, with positions in `doc`), built afresh from
 * the linter's snapshot rather than mapped. Text ranges get inline highlights; a finding on a
 * whole atom (a glossary entry, an owners cell) gets a node decoration.
 */
export function buildLintDecorations(doc: PmNode, findings: readonly Finding[]): DecorationSet {
  const decorations: Decoration[] = [];
  const size = doc.content.size;
  for (const finding of findings) {
    const { from, to } = finding;
    if (from < 0 || to > size || to <= from) continue;
    const attrs = {
      class: `sfo-lint sfo-lint--${finding.severity}`,
      title: findingTitle(finding),
      "data-lint-rule": finding.rule,
    };
    const node = doc.nodeAt(from);
    if (node && !node.isText && from + node.nodeSize === to) {
      decorations.push(Decoration.node(from, to, attrs));
    } else {
      decorations.push(Decoration.inline(from, to, attrs, { inclusiveStart: false, inclusiveEnd: false }));
    }
  }
  return DecorationSet.create(doc, decorations);
}
