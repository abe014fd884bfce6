import type { Node as PmNode } from "@tiptap/pm/model";

/**
 * A structural node that whole-document rules read (STR, RESP-010, UPD-005): sections, tables,
 * header atoms and sign-offs. Most are atoms or containers whose state is in attributes and
 * child counts, not in text, so block facts never see them.
 */
export interface OutlineNode {
  type: string;
  attrs: Readonly<Record<string, unknown>>;
  /** Position before the node, and its size. */
  pos: number;
  size: number;
  childCount: number;
  /** Index of the node's first textblock and one past its last (equal when it holds none). */
  first: number;
  end: number;
}

/** The outline of one document: its kind (the node type under `doc`) and its structural nodes in order. */
export interface DocumentOutline {
  root: string;
  nodes: readonly OutlineNode[];
}

export const emptyOutline: DocumentOutline = { root: "", nodes: [] };

/**
 * Node types kept in the outline. Rows are not here: plan rules read them as `RowVisit`s. A rule
 * that needs another structural node type adds it here.
 */
export const outlineNodeTypes: ReadonlySet<string> = new Set([
  "caseRecord",
  "frontMatter",
  "intervieweeTable",
  "interviewee",
  "analysis",
  "analysisStage",
  "judgements",
  "glossary",
  "recordsExamined",
  "recordExamined",
  "localGuidance",
  "localGuidanceItem",
  "goodPracticeTable",
  "learningTable",
  "actionPlanUpdate",
  "signOff",
  "responsePlanHeader",
]);

/** An outline entry for `node` at `pos`, before its children are walked; the walker sets `end` after them. */
export function outlineNode(node: PmNode, pos: number, firstBlock: number): OutlineNode {
  return {
    type: node.type.name,
    attrs: node.attrs,
    pos,
    size: node.nodeSize,
    childCount: node.childCount,
    first: firstBlock,
    end: firstBlock,
  };
}

/**
 * The outline after text edits inside textblocks: `moved(pos, k)` is where a position outside any
 * textblock, before block `k` and after block `k - 1`, is now. A node starts before its `first`
 * block and ends before its `end` block; the structure itself cannot change with such edits.
 */
export function moveOutline(outline: DocumentOutline, moved: (pos: number, block: number) => number): DocumentOutline {
  return {
    root: outline.root,
    nodes: outline.nodes.map((n) => {
      const pos = moved(n.pos, n.first);
      const size = moved(n.pos + n.size, n.end) - pos;
      return pos === n.pos && size === n.size ? n : { ...n, pos, size };
    }),
  };
}

/** Indices of the outline nodes of `type`, in document order. */
export function outlineIndices(outline: DocumentOutline, type: string): number[] {
  const out: number[] = [];
  outline.nodes.forEach((n, i) => {
    if (n.type === type) out.push(i);
  });
  return out;
}
