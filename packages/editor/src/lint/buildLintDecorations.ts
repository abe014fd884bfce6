import type { Finding, LintChange, Severity } from "@sfo-review/lint";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Mapping, StepMap } from "@tiptap/pm/transform";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

const severityLabels: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Advice" };

/** The tooltip of a highlight: severity, message and rule id, read by screen readers as the element's description. */
export function findingTitle(finding: Finding): string {
  return `${severityLabels[finding.severity]}: ${finding.message} (${finding.rule})`;
}

type HighlightAttrs = Record<string, string>;
/** The spec of an inline highlight: ProseMirror's inclusivity flags plus the attributes, so that a highlight can be cut in two. */
interface HighlightSpec {
  inclusiveStart: false;
  inclusiveEnd: false;
  lintAttrs: HighlightAttrs;
}
interface Highlight {
  attrs: HighlightAttrs;
  spec: HighlightSpec;
}
// Highlight attributes and specs are shared between rebuilds so that ProseMirror's comparison of
// old and new decorations stops at object identity instead of comparing every attribute of every highlight.
const highlightCache = new Map<string, Highlight>();
const MAX_CACHED_HIGHLIGHTS = 5000;

function highlightOf(finding: Finding): Highlight {
  const key = `${finding.severity}\u0000${finding.rule}\u0000${finding.message}`;
  let highlight = highlightCache.get(key);
  if (!highlight) {
    if (highlightCache.size >= MAX_CACHED_HIGHLIGHTS) highlightCache.clear();
    const attrs = {
      class: `sfo-lint sfo-lint--${finding.severity} sfo-lint-rule-${finding.rule}`,
      title: findingTitle(finding),
      "data-lint-rule": finding.rule,
    };
    highlight = { attrs, spec: { inclusiveStart: false, inclusiveEnd: false, lintAttrs: attrs } };
    highlightCache.set(key, highlight);
  }
  return highlight;
}

/** The attributes of an inline lint highlight, from its spec; null for any other decoration. */
export function lintAttrsOf(spec: object): HighlightAttrs | null {
  return "lintAttrs" in spec ? (spec as HighlightSpec).lintAttrs : null;
}

function decorationsFor(doc: PmNode, findings: readonly Finding[]): Decoration[] {
  const decorations: Decoration[] = [];
  const size = doc.content.size;
  for (const finding of findings) {
    const { from, to } = finding;
    if (from < 0 || to > size || to <= from) continue;
    const { attrs, spec } = highlightOf(finding);
    const node = doc.nodeAt(from);
    if (node && !node.isText && from + node.nodeSize === to) {
      decorations.push(Decoration.node(from, to, attrs));
    } else {
      decorations.push(Decoration.inline(from, to, attrs, spec));
    }
  }
  return decorations;
}

/**
 * Decorations for `findings` (sorted by position, with positions in `doc`), built afresh from
 * the linter's snapshot rather than mapped. Text ranges get inline highlights; a finding on a
 * whole atom (a glossary entry, an owners cell) gets a node decoration. The rule is a class as
 * well as an attribute because ProseMirror merges the classes of overlapping highlights.
 */
export function buildLintDecorations(doc: PmNode, findings: readonly Finding[]): DecorationSet {
  return DecorationSet.create(doc, decorationsFor(doc, findings));
}

/**
 * `prev` (the highlights of the linter's previous snapshot) after a keystroke the linter reports
 * as `change`: highlights inside `change.from`..`change.to` are replaced by `findings` there, the
 * rest move with the edit exactly as the linter moved their findings. The edit comes from the
 * linter's own diff of the two documents, not from the transaction's mapping, so a remote change
 * that y-prosemirror applies as a whole-document replace is handled the same way. Untouched parts
 * of the set keep their identity, which lets the view skip them.
 */
export function patchLintDecorations(
  prev: DecorationSet,
  doc: PmNode,
  change: LintChange,
  findings: readonly Finding[],
): DecorationSet {
  const { editFrom, editOldTo, editNewTo, from, to } = change;
  const inside = (range: { from: number; to: number }) => range.from >= from && range.to <= to;
  let set = prev;
  if (editOldTo !== editFrom || editNewTo !== editFrom)
    set = set.map(new Mapping([new StepMap([editFrom, editOldTo - editFrom, editNewTo - editFrom])]), doc);
  const stale = set.find(from, to).filter(inside);
  return set.remove(stale).add(doc, decorationsFor(doc, findings.filter(inside)));
}
