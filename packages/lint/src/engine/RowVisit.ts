import type { Node as PmNode } from "@tiptap/pm/model";
import { blockText } from "./blockText.js";

/** The grouped nodes the linter reads as rows: plan rows, update rows, recommendations, analysis and redaction log entries. */
export type RowKind = "learning" | "goodPractice" | "update" | "response" | "entry" | "redaction";

export const rowKinds: Readonly<Record<string, RowKind>> = {
  learningRow: "learning",
  goodPracticeRow: "goodPractice",
  updateRow: "update",
  responseRecommendation: "response",
  analysisEntry: "entry",
  redactionEntry: "redaction",
};

/** Start of one paragraph of a text field: `offset` into the field text, `rel` its position from the row start. */
export interface Segment {
  offset: number;
  rel: number;
}

/** An atom cell (owners, dates, status) or an action row: its range from the row start and its attributes. */
export interface RowAtom {
  rel: number;
  size: number;
  attrs: Readonly<Record<string, unknown>>;
}

/**
 * One row as read from the document, with positions relative to the row, so that it can be
 * cached by node identity and moved when text before it changes.
 */
export interface RowVisit {
  kind: RowKind;
  attrs: Readonly<Record<string, unknown>>;
  /** Paragraphs of each text cell joined with "\n": objective, action, measure, progress, `action.0` … */
  texts: Record<string, string>;
  segments: Record<string, Segment[]>;
  atoms: Record<string, RowAtom>;
  size: number;
}

const CELL_FIELDS: Readonly<Record<string, string>> = {
  learningObjective: "objective",
  learningAction: "action",
  learningMeasure: "measure",
  goodPracticeObjective: "objective",
  goodPracticeAction: "action",
  goodPracticeMonitoring: "monitoring",
  updateProgress: "progress",
  updateMeasurement: "measurement",
  updateImpact: "impact",
  updateNextSteps: "nextSteps",
  recommendationText: "recommendation",
  entryEvents: "events",
  entryJudgements: "judgement",
  entryLearning: "learning",
  entryNotForDisclosure: "nfd",
  redactionGist: "gist",
  redactionArgumentsFor: "argumentsFor",
  redactionArgumentsAgainst: "argumentsAgainst",
};

const ATOM_FIELDS: Readonly<Record<string, string>> = {
  learningWhoFor: "whoFor",
  learningOwners: "owner",
  learningDates: "date",
  goodPracticeSharedWith: "sharedWith",
  goodPracticeOwners: "owner",
  goodPracticeDates: "date",
  updateStatus: "status",
};

function readText(
  cell: PmNode,
  cellRel: number,
  field: string,
  texts: Record<string, string>,
  segments: Record<string, Segment[]>,
) {
  const parts: string[] = [];
  const segs: Segment[] = [];
  let offset = 0;
  cell.forEach((para, paraOffset) => {
    if (!para.isTextblock) return;
    const text = blockText(para);
    segs.push({ offset, rel: cellRel + 1 + paraOffset + 1 });
    parts.push(text);
    offset += text.length + 1;
  });
  texts[field] = parts.join("\n");
  segments[field] = segs;
}

/** Reads a row node (see `rowKinds`) into texts, paragraph segments and atom cells. */
export function readRowNode(node: PmNode, kind: RowKind): RowVisit {
  const texts: Record<string, string> = {};
  const segments: Record<string, Segment[]> = {};
  const atoms: Record<string, RowAtom> = {};
  let action = 0;
  let explanation = 0;
  node.forEach((cell, cellOffset) => {
    const rel = 1 + cellOffset;
    const type = cell.type.name;
    const textField = CELL_FIELDS[type];
    if (textField) {
      readText(cell, rel, textField, texts, segments);
      return;
    }
    if (type === "responseAction") {
      const field = `action.${action++}`;
      readText(cell, rel, field, texts, segments);
      atoms[field] = { rel, size: cell.nodeSize, attrs: cell.attrs };
      return;
    }
    if (type === "responseExplanation") {
      const field = `explanation.${explanation++}`;
      readText(cell, rel, field, texts, segments);
      atoms[field] = { rel, size: cell.nodeSize, attrs: cell.attrs };
      return;
    }
    atoms[ATOM_FIELDS[type] ?? type] = { rel, size: cell.nodeSize, attrs: cell.attrs };
  });
  return { kind, attrs: node.attrs, texts, segments, atoms, size: node.nodeSize };
}

const contentKeys = new WeakMap<RowVisit, string>();

/**
 * Cache key of a row's content (kind, attributes, texts, atom attributes). Worked out on first
 * use: a keystroke's row is new text, and only walks look rows up by content.
 */
export function rowContentKey(row: RowVisit): string {
  let key = contentKeys.get(row);
  if (key === undefined) {
    const atomAttrs: Record<string, unknown> = {};
    for (const [field, atom] of Object.entries(row.atoms)) atomAttrs[field] = atom.attrs;
    key = JSON.stringify([row.kind, row.attrs, row.texts, atomAttrs]);
    contentKeys.set(row, key);
  }
  return key;
}
