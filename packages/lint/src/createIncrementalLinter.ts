import type { Node as PmNode } from "@tiptap/pm/model";
import { blockText } from "./engine/blockText.js";
import {
  type DocumentOutline,
  type OutlineNode,
  outlineNode,
  outlineNodeTypes,
  shiftOutline,
} from "./engine/DocumentOutline.js";
import { documentSignature } from "./engine/documentSignature.js";
import type { DocumentFacts } from "./engine/DocumentRule.js";
import { type BlockResult, lintBlock } from "./engine/lintBlock.js";
import { readCaseHeader } from "./engine/readCaseHeader.js";
import { type CompiledContext, compileContext } from "./engine/RuleContext.js";
import { type RowKind, type RowVisit, readRowNode, rowKinds } from "./engine/RowVisit.js";
import { runDocumentRules } from "./engine/runDocumentRules.js";
import { shiftFinding } from "./engine/shiftFinding.js";
import { structureSignature } from "./engine/structureFacts.js";
import type { Finding } from "./Finding.js";
import type { GlossaryTerm, LintContext, Scope } from "./LintContext.js";
import { defaultDocumentScope, groupNodeTypes, nodeScopes } from "./nodeScopes.js";
import { lintRow, rowLinks } from "./plan/lintRow.js";
import { planSignature, runPlanRules } from "./plan/runPlanRules.js";

/** Counters of the last run, for tests and benchmarks. */
export interface IncrementalStats {
  blocks: number;
  blocksLinted: number;
  rows: number;
  rowsLinted: number;
  /** Whether the document-level and plan rules ran again (a walk, or a keystroke that changed a block's facts). */
  documentPass: boolean;
}

/**
 * What changed since the previous snapshot of the same linter, when the change was a keystroke
 * inside one textblock: findings outside `from`..`to` are the previous snapshot's, with positions
 * mapped through the edit (`editFrom`..`editOldTo` replaced by `editFrom`..`editNewTo`). An editor
 * can then rebuild highlights in that range only.
 */
export interface LintChange {
  editFrom: number;
  editOldTo: number;
  editNewTo: number;
  /** Range of this document whose findings may differ (the textblock, or the plan row holding it). */
  from: number;
  to: number;
}

/**
 * The result of one incremental run. Findings stay block-relative in the cache and get
 * document positions only when asked for, so that a keystroke does not copy every finding after
 * the edit point.
 */
export interface LintSnapshot {
  /** All findings with document positions, sorted by position (computed once, on first call). */
  findings(): Finding[];
  /** Findings that overlap `from`..`to`, e.g. the visible range or the changed range of a transaction. */
  findingsBetween(from: number, to: number): Finding[];
  /** Null after a wider change (or on the first run): then anything may have changed. */
  readonly change: LintChange | null;
}

/** Lints whole documents repeatedly, re-running block rules only on blocks whose text or scope changed. */
export interface IncrementalLinter {
  /** Re-lints `doc` and returns all findings (`update(doc).findings()`). */
  lint(doc: PmNode): Finding[];
  /** Re-lints `doc`; positions are materialised lazily by the snapshot. */
  update(doc: PmNode): LintSnapshot;
  readonly stats: IncrementalStats;
}

interface RowState {
  visit: RowVisit;
  pos: number;
  blockId: string | undefined;
  /** Index of the row's first block and one past its last. */
  first: number;
  end: number;
}

interface GlossaryAt extends GlossaryTerm {
  from: number;
  to: number;
}

/** Everything one run knows; arrays are never mutated once a snapshot is handed out. */
interface State {
  doc: PmNode;
  results: BlockResult[];
  /** Position of each block's content start (a typed array: a keystroke's copy is not young garbage). */
  pos: Int32Array;
  ids: (string | undefined)[];
  /** Row index of each block, or -1. */
  rowOf: number[];
  rows: RowState[];
  glossary: GlossaryAt[] | undefined;
  /** Document and plan rule findings, relative to the block they are anchored to. */
  docExtra: (Finding[] | undefined)[];
  /** Row rule findings, relative to the block they are anchored to. */
  rowExtra: (Finding[] | undefined)[];
  /** Findings before the first block, with document positions. */
  head: Finding[];
  links: ReadonlySet<string>;
  /** Structural nodes for whole-document rules; only a walk changes which there are. */
  outline: DocumentOutline;
  change: LintChange | null;
}

interface Materialised {
  pos: number;
  id: string | undefined;
  docExtra: Finding[] | undefined;
  rowExtra: Finding[] | undefined;
  findings: Finding[];
}

const EMPTY: readonly Finding[] = [];

/**
 * An incremental linter. A keystroke inside one textblock is found by diffing the new document
 * against the last one (ProseMirror compares unchanged subtrees by identity): only that block and
 * its row are re-linted, and document-level rules run again only when the block's document facts
 * (acronyms, failings, terms, organisational causes …) changed; otherwise their findings in that
 * block are mapped through the edit. Any other change walks the document, reusing block results
 * by node identity and by content (text + scope).
 *
 * @example
 * const linter = createIncrementalLinter({ register });
 * editor.on("update", () => store.set(linter.lint(editor.state.doc)));
 */
export function createIncrementalLinter(context: LintContext = {}): IncrementalLinter {
  const onError = context.onInternalError;
  let compiled: CompiledContext = compileContext(context);
  let headerNodes: readonly PmNode[] = [];
  let byNode = new WeakMap<PmNode, BlockResult>();
  let byText = new Map<string, BlockResult>();
  let rowsByNode = new WeakMap<PmNode, RowVisit>();
  // Row findings by content key, rebuilt on each walk to the rows in use; a keystroke only adds its own row.
  let rowFindings = new Map<string, Finding[]>();
  let rowFindingsByVisit = new WeakMap<RowVisit, { key: string; findings: Finding[] }>();
  const materialised = new WeakMap<BlockResult, Materialised>();
  const stats: IncrementalStats = { blocks: 0, blocksLinted: 0, rows: 0, rowsLinted: 0, documentPass: false };
  let last: State | undefined;

  function resultFor(node: PmNode, scope: Scope): BlockResult {
    const cached = byNode.get(node);
    if (cached && cached.scope === scope) return cached;
    const text = blockText(node);
    const key = `${scope}\u0000${text}`;
    let result = byText.get(key);
    if (!result) {
      result = lintBlock(text, scope, compiled, onError);
      byText.set(key, result);
      stats.blocksLinted++;
    }
    byNode.set(node, result);
    return result;
  }

  function rowVisitFor(node: PmNode, kind: RowKind): RowVisit {
    let visit = rowsByNode.get(node);
    if (!visit) {
      visit = readRowNode(node, kind);
      rowsByNode.set(node, visit);
    }
    return visit;
  }

  function rowFindingsFor(row: RowVisit, links: ReadonlySet<string>, keep?: Map<string, Finding[]>): Finding[] {
    const linked = row.kind === "entry" && links.has(String(row.attrs.id ?? ""));
    const key = linked ? `${row.key}\u0000linked` : row.key;
    const byVisit = rowFindingsByVisit.get(row);
    let findings = byVisit?.key === key ? byVisit.findings : rowFindings.get(key);
    if (!findings) {
      findings = lintRow(row, compiled, { linked }, onError);
      stats.rowsLinted++;
    }
    rowFindingsByVisit.set(row, { key, findings });
    keep?.set(key, findings);
    return findings;
  }

  // The register and case region come from the context or, failing that, from the document; a change drops every cache.
  function readHeader(doc: PmNode) {
    if (context.register && context.region !== undefined) return;
    const header = readCaseHeader(doc);
    if (header.nodes.length === headerNodes.length && header.nodes.every((n, i) => n === headerNodes[i])) return;
    headerNodes = header.nodes;
    const next = compileContext({
      ...context,
      register: context.register ?? header.register ?? [],
      ...((context.region ?? header.region) ? { region: context.region ?? header.region } : {}),
    });
    if (
      JSON.stringify([next.register.entries, next.region]) ===
      JSON.stringify([compiled.register.entries, compiled.region])
    )
      return;
    compiled = next;
    byNode = new WeakMap();
    byText = new Map();
    rowsByNode = new WeakMap();
    rowFindings = new Map();
    rowFindingsByVisit = new WeakMap();
  }

  function walk(doc: PmNode): State {
    readHeader(doc);
    const results: BlockResult[] = [];
    const pos: number[] = [];
    const ids: (string | undefined)[] = [];
    const rowOf: number[] = [];
    const rows: RowState[] = [];
    const glossary: GlossaryAt[] = [];
    const outlineNodes: OutlineNode[] = [];
    let hasGlossary = false;

    const visit = (node: PmNode, at: number, scope: Scope, blockId: string | undefined, row: number) => {
      const type = node.type.name;
      const ownScope = nodeScopes[type] ?? scope;
      const ownId = groupNodeTypes.has(type) && node.attrs.id ? String(node.attrs.id) : blockId;
      const part = outlineNodeTypes.has(type) ? outlineNode(node, at, results.length) : undefined;
      if (part) outlineNodes.push(part);
      if (node.isTextblock) {
        results.push(resultFor(node, ownScope));
        pos.push(at + 1);
        ids.push(ownId);
        rowOf.push(row);
        return;
      }
      if (type === "glossary") hasGlossary = true;
      if (type === "glossaryEntry") {
        hasGlossary = true;
        glossary.push({
          term: String(node.attrs.term ?? ""),
          expansion: String(node.attrs.expansion ?? ""),
          from: at,
          to: at + node.nodeSize,
        });
        return;
      }
      if (node.isLeaf) return;
      const kind = rowKinds[type];
      let ownRow = row;
      if (kind) {
        ownRow = rows.length;
        rows.push({ visit: rowVisitFor(node, kind), pos: at, blockId: ownId, first: results.length, end: 0 });
      }
      const contentStart = node === doc ? 0 : at + 1;
      node.forEach((child, offset) => {
        visit(child, contentStart + offset, ownScope, ownId, ownRow);
      });
      if (kind) rows[ownRow]!.end = results.length;
      if (part) part.end = results.length;
    };
    visit(doc, -1, defaultDocumentScope, undefined, -1);
    if (byText.size > 2 * results.length + 64) byText = new Map(results.map((r) => [r.key, r]));

    const links = rowLinks(rows.map((r) => r.visit));
    const state: State = {
      doc,
      results,
      pos: Int32Array.from(pos),
      ids,
      rowOf,
      rows,
      glossary: hasGlossary ? glossary : undefined,
      docExtra: new Array(results.length),
      rowExtra: new Array(results.length),
      head: [],
      links,
      outline: { root: doc.firstChild?.type.name ?? "", nodes: outlineNodes },
      change: null,
    };
    documentPass(state);
    const keep = new Map<string, Finding[]>();
    for (let r = 0; r < rows.length; r++) placeRowFindings(state, r, keep);
    rowFindings = keep;
    return state;
  }

  /** Index of the last block at or before `at` (-1 if none). */
  function blockAt(state: State, at: number): number {
    let lo = 0;
    let hi = state.pos.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (state.pos[mid]! <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** A row finding (offsets into its field) with document positions. */
  function rowFindingAt(state: State, rowIndex: number, f: Finding): Finding {
    const row = state.rows[rowIndex]!;
    const extra = row.blockId ? { blockId: row.blockId } : undefined;
    const field = f.field ?? Object.keys(row.visit.segments)[0] ?? "";
    const atom = row.visit.atoms[field];
    const segs = row.visit.segments[field];
    if (atom && !(segs && f.to > f.from)) {
      const out = shiftFinding(f, 0, extra);
      out.from = row.pos + atom.rel;
      out.to = out.from + atom.size;
      delete out.fixes;
      return out;
    }
    if (!segs || segs.length === 0) {
      const out = shiftFinding(f, 0, extra);
      out.from = out.to = row.pos;
      return out;
    }
    let seg = segs[0]!;
    for (const s of segs) if (s.offset <= f.from) seg = s;
    return shiftFinding(f, row.pos + seg.rel - seg.offset, extra);
  }

  /** Stores a finding with document positions relative to a block, clamped to `first`..`end` when given. */
  function anchor(state: State, into: (Finding[] | undefined)[], f: Finding, first = 0, end = state.pos.length) {
    let k = blockAt(state, f.from);
    if (k < first) k = first;
    if (k >= end) k = end - 1;
    if (k < 0) {
      state.head.push(f);
      return;
    }
    const rel = shiftFinding(f, -state.pos[k]!);
    pushTo(into, k, rel);
  }

  function placeRowFindings(state: State, r: number, keep?: Map<string, Finding[]>) {
    const row = state.rows[r]!;
    for (let k = row.first; k < row.end; k++) state.rowExtra[k] = undefined;
    for (const f of rowFindingsFor(row.visit, state.links, keep))
      anchor(state, state.rowExtra, rowFindingAt(state, r, f), row.first, row.end);
    for (let k = row.first; k < row.end; k++) state.rowExtra[k]?.sort((a, b) => a.from - b.from);
  }

  /**
   * A finding on a structural node: the node itself when it holds no textblock (an atom, an empty
   * table), else its first textblock, so that the range never spans text that a keystroke could
   * change without the document pass running again.
   */
  function placeNodeFinding(state: State, into: (Finding[] | undefined)[], part: OutlineNode, f: Finding) {
    if (part.first >= part.end) {
      anchor(state, into, shiftFinding({ ...f, from: part.pos, to: part.pos + part.size }, 0));
      return;
    }
    const k = part.first;
    const result = state.results[k]!;
    const id = state.ids[k];
    const size = state.doc.nodeAt(state.pos[k]! - 1)?.nodeSize ?? result.text.length + 2;
    // Offsets relative to the block's content: the textblock node runs from -1 to its size - 1.
    const rel = shiftFinding({ ...f, from: -1, to: size - 1 }, 0, {
      blockHash: result.hash,
      ...(id ? { blockId: id } : {}),
    });
    pushTo(into, k, rel);
  }

  function documentPass(state: State) {
    stats.documentPass = true;
    const docExtra: (Finding[] | undefined)[] = new Array(state.results.length);
    state.docExtra = docExtra;
    state.head = [];
    const glossary = state.glossary ? [...state.glossary, ...(context.glossary ?? [])] : context.glossary;
    const facts: DocumentFacts = { blocks: state.results, ...(glossary ? { glossary } : {}) };
    for (const f of runDocumentRules(facts, compiled, onError)) {
      if ("block" in f) {
        const k = f.block;
        const result = state.results[k];
        if (!result) continue;
        const id = state.ids[k];
        const rel = shiftFinding(f, 0, { blockHash: result.hash, ...(id ? { blockId: id } : {}) });
        delete (rel as Partial<typeof f>).block;
        pushTo(docExtra, k, rel);
      } else {
        const entry = state.glossary?.[f.glossaryEntry];
        if (!entry) continue;
        const out = shiftFinding(f, 0);
        delete (out as Partial<typeof f>).glossaryEntry;
        out.from = entry.from;
        out.to = entry.to;
        anchor(state, docExtra, out);
      }
    }
    for (const f of runPlanRules(
      state.rows.map((r) => r.visit),
      state.results,
      compiled,
      onError,
      state.outline,
    )) {
      if ("node" in f) {
        const { node: n, ...finding } = f;
        const part = state.outline.nodes[n];
        if (part) placeNodeFinding(state, docExtra, part, finding);
      } else if ("row" in f) {
        const row = state.rows[f.row];
        if (!row) continue;
        const { row: rowIndex, ...finding } = f;
        anchor(state, docExtra, rowFindingAt(state, rowIndex, finding), row.first, row.end);
      } else {
        const { block: k, ...finding } = f;
        const result = state.results[k];
        if (!result) continue;
        const id = state.ids[k];
        pushTo(docExtra, k, shiftFinding(finding, 0, { blockHash: result.hash, ...(id ? { blockId: id } : {}) }));
      }
    }
    for (const list of docExtra) list?.sort((a, b) => a.from - b.from);
  }

  /** A keystroke inside one textblock: re-lint it and its row, map the rest. Undefined when the change is wider. */
  function fastPath(prev: State, doc: PmNode): State | undefined {
    if (prev.results.length === 0) return undefined;
    const start = doc.content.findDiffStart(prev.doc.content);
    if (start === null) return { ...prev, doc, change: { editFrom: 0, editOldTo: 0, editNewTo: 0, from: 0, to: 0 } };
    const end = doc.content.findDiffEnd(prev.doc.content);
    if (!end) return undefined;
    let newEnd = end.a;
    let oldEnd = end.b;
    const overlap = start - Math.min(newEnd, oldEnd);
    if (overlap > 0) {
      newEnd += overlap;
      oldEnd += overlap;
    }
    const k = blockAt(prev, start);
    if (k < 0) return undefined;
    const blockPos = prev.pos[k]!;
    const $old = prev.doc.resolve(start);
    if (!$old.parent.isTextblock || $old.start() !== blockPos || oldEnd > $old.end()) return undefined;
    const $new = doc.resolve(start);
    if (!$new.parent.isTextblock || $new.start() !== blockPos || newEnd > $new.end()) return undefined;

    const edit = { editFrom: start, editOldTo: oldEnd, editNewTo: newEnd };
    const oldResult = prev.results[k]!;
    // Each keystroke's text would otherwise stay in the content cache until the next prune, and survive every scavenge.
    if (
      byText.get(oldResult.key) === oldResult &&
      prev.results.indexOf(oldResult) === prev.results.lastIndexOf(oldResult)
    )
      byText.delete(oldResult.key);
    const result = resultFor($new.parent, oldResult.scope);
    const delta = newEnd - oldEnd;
    const pos = delta === 0 ? prev.pos : prev.pos.slice();
    if (delta !== 0) for (let j = k + 1; j < pos.length; j++) pos[j]! += delta;
    const results = prev.results.slice();
    results[k] = result;
    const rows = delta === 0 ? prev.rows : prev.rows.map((r) => (r.pos > start ? { ...r, pos: r.pos + delta } : r));
    const glossary =
      delta === 0 || !prev.glossary
        ? prev.glossary
        : prev.glossary.map((g) => (g.from > start ? { ...g, from: g.from + delta, to: g.to + delta } : g));
    const state: State = {
      ...prev,
      doc,
      results,
      pos,
      rows,
      glossary,
      docExtra: prev.docExtra,
      rowExtra: prev.rowExtra,
      head: prev.head,
      outline: shiftOutline(prev.outline, start, delta),
      change: { ...edit, from: blockPos - 1, to: blockPos - 1 + $new.parent.nodeSize },
    };
    const from = start - blockPos;
    const oldTo = oldEnd - blockPos;
    const newTo = newEnd - blockPos;
    const map = (p: number) => (p < from ? p : p >= oldTo ? p + delta : newTo);

    let planChanged = false;
    const r = prev.rowOf[k]!;
    if (r >= 0) {
      const row = rows[r]!;
      const node = doc.nodeAt(row.pos);
      const kind = row.visit.kind;
      if (!node || rowKinds[node.type.name] !== kind) return undefined;
      const visit = rowVisitFor(node, kind);
      planChanged = planSignature(visit) !== planSignature(row.visit);
      state.rows = rows === prev.rows ? rows.slice() : rows;
      state.rows[r] = { ...row, visit };
      state.rowExtra = prev.rowExtra.slice();
      placeRowFindings(state, r);
      state.change = { ...edit, from: row.pos, to: row.pos + node.nodeSize };
    }
    const docChanged =
      planChanged ||
      structureSignature(oldResult) !== structureSignature(result) ||
      documentSignature(oldResult, prev.glossary, context.glossary) !==
        documentSignature(result, prev.glossary, context.glossary);
    if (docChanged) {
      documentPass(state);
      state.change = null;
    } else {
      const old = prev.docExtra[k];
      if (old) {
        state.docExtra = prev.docExtra.slice();
        state.docExtra[k] = old.map((f) => remap(f, map, result.hash));
      }
    }
    stats.blocks = results.length;
    stats.rows = state.rows.length;
    return state;
  }

  function update(doc: PmNode): LintSnapshot {
    stats.blocksLinted = stats.rowsLinted = 0;
    stats.documentPass = false;
    const state = (last && last.doc.type.schema === doc.type.schema && fastPath(last, doc)) || walk(doc);
    stats.blocks = state.results.length;
    stats.rows = state.rows.length;
    last = state;
    return snapshot(state);
  }

  function materialise(state: State, k: number): Finding[] {
    const result = state.results[k]!;
    const pos = state.pos[k]!;
    const id = state.ids[k];
    const docExtra = state.docExtra[k];
    const rowExtra = state.rowExtra[k];
    const cached = materialised.get(result);
    if (
      cached &&
      cached.pos === pos &&
      cached.id === id &&
      cached.docExtra === docExtra &&
      cached.rowExtra === rowExtra
    )
      return cached.findings;
    const extra = id ? { blockId: id } : undefined;
    let findings = result.findings.map((f) => shiftFinding(f, pos, extra));
    if (docExtra || rowExtra) {
      const extras = [...(docExtra ?? EMPTY), ...(rowExtra ?? EMPTY)].map((f) => shiftFinding(f, pos));
      if (docExtra && rowExtra) extras.sort((a, b) => a.from - b.from);
      findings = mergeByPosition(findings, extras);
    }
    materialised.set(result, { pos, id, docExtra, rowExtra, findings });
    return findings;
  }

  function snapshot(state: State): LintSnapshot {
    let all: Finding[] | undefined;
    return {
      change: state.change,
      findings() {
        if (!all) {
          const out: Finding[] = [...state.head];
          for (let k = 0; k < state.results.length; k++) for (const f of materialise(state, k)) out.push(f);
          all = out;
        }
        return all;
      },
      findingsBetween(from, to) {
        const out: Finding[] = [];
        for (const f of state.head) if (f.from <= to && f.to >= from) out.push(f);
        const n = state.results.length;
        // Extras anchored to a row's first block may sit just before it: look one block past `to`.
        for (let k = Math.max(0, blockAt(state, from)); k < n; k++) {
          for (const f of materialise(state, k)) if (f.from <= to && f.to >= from) out.push(f);
          if (state.pos[k]! > to) break;
        }
        return out;
      },
    };
  }

  return { lint: (doc) => update(doc).findings(), update, stats };
}

function pushTo(lists: (Finding[] | undefined)[], k: number, f: Finding) {
  const list = lists[k];
  if (list) list.push(f);
  else lists[k] = [f];
}

function remap(f: Finding, map: (p: number) => number, blockHash: string): Finding {
  const out: Finding = { ...f, from: map(f.from), to: map(f.to) };
  if (f.blockHash !== undefined) out.blockHash = blockHash;
  if (f.fixes)
    out.fixes = f.fixes.map((fix) => (fix.kind === "replace" ? { ...fix, from: map(fix.from), to: map(fix.to) } : fix));
  return out;
}

function mergeByPosition(a: Finding[], b: Finding[]): Finding[] {
  if (b.length === 0) return a;
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.from <= b[j]!.from)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
