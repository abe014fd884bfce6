import type { Node as PmNode } from "@tiptap/pm/model";
import { blockText } from "./engine/blockText.js";
import { ChunkedArray } from "./engine/ChunkedArray.js";
import {
  type DocumentOutline,
  moveOutline,
  type OutlineNode,
  outlineNode,
  outlineNodeTypes,
} from "./engine/DocumentOutline.js";
import type { DocumentFacts } from "./engine/DocumentRule.js";
import { type BlockResult, blockKey, lintBlock } from "./engine/lintBlock.js";
import { readCaseHeader } from "./engine/readCaseHeader.js";
import { type CompiledContext, compileContext } from "./engine/RuleContext.js";
import { type RowKind, type RowVisit, readRowNode, rowContentKey, rowKinds } from "./engine/RowVisit.js";
import { runDocumentRules } from "./engine/runDocumentRules.js";
import { sameDocumentFacts } from "./engine/sameDocumentFacts.js";
import { documentNicknames } from "./rules/pii016NicknameElsewhere.js";
import { mentionsOf } from "./text/findPersonNames.js";
import { shiftFinding } from "./engine/shiftFinding.js";
import { sortByFrom } from "./engine/sortByFrom.js";
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

/** A row as the walk found it; a keystroke changes only its visit (`State.visits`) and moves it. */
interface RowState {
  /** Position at the walk: see `moved`. */
  pos: number;
  blockId: string | undefined;
  /** Index of the row's first block and one past its last. */
  first: number;
  end: number;
}

interface GlossaryAt extends GlossaryTerm {
  /** Positions at the walk, before block `block`: see `moved`. */
  from: number;
  to: number;
  block: number;
}

type Extras = (Finding[] | undefined)[];

/**
 * Everything one run knows; nothing is mutated once a snapshot is handed out. Rows, glossary
 * entries and the outline keep the positions of the walk that found them, so that a keystroke
 * moves only `pos`.
 */
interface State {
  doc: PmNode;
  results: ChunkedArray<BlockResult>;
  /** Position of each block's content start (a typed array: a keystroke's copy is not young garbage). */
  pos: Int32Array;
  /** `pos` as the walk found it. */
  walkPos: Int32Array;
  ids: (string | undefined)[];
  /** Row index of each block, or -1. */
  rowOf: number[];
  rows: RowState[];
  visits: ChunkedArray<RowVisit>;
  glossary: GlossaryAt[] | undefined;
  /** Document and plan rule findings, relative to the block they are anchored to. */
  docExtra: ChunkedArray<Finding[] | undefined>;
  /** Row rule findings, relative to the block they are anchored to. */
  rowExtra: ChunkedArray<Finding[] | undefined>;
  /** Findings before the first block, with document positions. */
  head: Finding[];
  links: ReadonlySet<string>;
  /** Structural nodes for whole-document rules, with the walk's positions; only a walk changes which there are. */
  outline: DocumentOutline;
  /** The nicknames the document gives (PII-016), as of the last document pass. */
  nicknames: readonly string[];
  change: LintChange | null;
}

const NO_EXTRAS = ChunkedArray.from<Finding[] | undefined>([]);

/**
 * Where a position the walk recorded outside any textblock, before block `k` and after block
 * `k - 1`, is now: keystrokes change text inside textblocks only, so it moved with block `k`.
 */
function moved(state: State, at: number, k: number): number {
  return k < state.pos.length ? at + state.pos[k]! - state.walkPos[k]! : at;
}

interface Materialised {
  pos: number;
  id: string | undefined;
  docExtra: Finding[] | undefined;
  rowExtra: Finding[] | undefined;
  findings: Finding[];
}

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
  let rowFindingsByVisit = new WeakMap<RowVisit, { linked: boolean; findings: Finding[] }>();
  const materialised = new WeakMap<BlockResult, Materialised>();
  const stats: IncrementalStats = { blocks: 0, blocksLinted: 0, rows: 0, rowsLinted: 0, documentPass: false };
  let last: State | undefined;

  function resultFor(node: PmNode, scope: Scope): BlockResult {
    const cached = byNode.get(node);
    if (cached && cached.scope === scope) return cached;
    const text = blockText(node);
    const key = blockKey(scope, text);
    let result = byText.get(key);
    if (!result) {
      result = lintBlock(text, scope, compiled, onError, key);
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

  /** Row findings by visit or, on walks (`keep`), by content: a keystroke's row is new content. */
  function rowFindingsFor(row: RowVisit, links: ReadonlySet<string>, keep?: Map<string, Finding[]>): Finding[] {
    const linked = row.kind === "entry" && links.has(String(row.attrs.id ?? ""));
    const byVisit = rowFindingsByVisit.get(row);
    let findings = byVisit?.linked === linked ? byVisit.findings : undefined;
    const key = keep && (linked ? `${rowContentKey(row)}\u0000linked` : rowContentKey(row));
    if (!findings && key) findings = rowFindings.get(key);
    if (!findings) {
      findings = lintRow(row, compiled, { linked }, onError);
      stats.rowsLinted++;
    }
    if (byVisit?.findings !== findings) rowFindingsByVisit.set(row, { linked, findings });
    if (key) keep?.set(key, findings);
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
    const visits: RowVisit[] = [];
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
          block: results.length,
        });
        return;
      }
      if (node.isLeaf) return;
      const kind = rowKinds[type];
      let ownRow = row;
      if (kind) {
        ownRow = rows.length;
        rows.push({ pos: at, blockId: ownId, first: results.length, end: 0 });
        visits.push(rowVisitFor(node, kind));
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

    const links = rowLinks(visits);
    const walkPos = Int32Array.from(pos);
    const state: State = {
      doc,
      results: ChunkedArray.from(results),
      pos: walkPos,
      walkPos,
      ids,
      rowOf,
      rows,
      visits: ChunkedArray.from(visits),
      glossary: hasGlossary ? glossary : undefined,
      docExtra: NO_EXTRAS,
      rowExtra: NO_EXTRAS,
      head: [],
      links,
      outline: { root: doc.firstChild?.type.name ?? "", nodes: outlineNodes },
      nicknames: [],
      change: null,
    };
    documentPass(state, results, visits);
    const keep = new Map<string, Finding[]>();
    const rowExtra: Extras = new Array(results.length);
    for (let r = 0; r < rows.length; r++) {
      const lists = rowExtras(state, r, keep);
      for (let i = 0; i < lists.length; i++) rowExtra[rows[r]!.first + i] = lists[i];
    }
    state.rowExtra = ChunkedArray.from(rowExtra);
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
    const visit = state.visits.at(rowIndex);
    const rowPos = moved(state, row.pos, row.first);
    const extra = row.blockId ? { blockId: row.blockId } : undefined;
    const field = f.field ?? Object.keys(visit.segments)[0] ?? "";
    const atom = visit.atoms[field];
    const segs = visit.segments[field];
    if (atom && !(segs && f.to > f.from)) {
      const out = shiftFinding(f, 0, extra);
      out.from = rowPos + atom.rel;
      out.to = out.from + atom.size;
      delete out.fixes;
      return out;
    }
    if (!segs || segs.length === 0) {
      const out = shiftFinding(f, 0, extra);
      out.from = out.to = rowPos;
      return out;
    }
    let seg = segs[0]!;
    for (const s of segs) if (s.offset <= f.from) seg = s;
    return shiftFinding(f, rowPos + seg.rel - seg.offset, extra);
  }

  /**
   * Stores a finding with document positions relative to a block, clamped to `first`..`end` when
   * given; `into` holds the lists of blocks `base` onwards.
   */
  function anchor(state: State, into: Extras, f: Finding, first = 0, end = state.pos.length, base = 0) {
    let k = blockAt(state, f.from);
    if (k < first) k = first;
    if (k >= end) k = end - 1;
    if (k < 0) {
      state.head.push(f);
      return;
    }
    const rel = shiftFinding(f, -state.pos[k]!);
    pushTo(into, k - base, rel);
  }

  /** Row `r`'s findings, one list per block of the row. */
  function rowExtras(state: State, r: number, keep?: Map<string, Finding[]>): Extras {
    const row = state.rows[r]!;
    const lists: Extras = new Array(row.end - row.first);
    for (const f of rowFindingsFor(state.visits.at(r), state.links, keep))
      anchor(state, lists, rowFindingAt(state, r, f), row.first, row.end, row.first);
    for (const list of lists) if (list) sortByFrom(list);
    return lists;
  }

  /**
   * A finding on a structural node: the node itself when it holds no textblock (an atom, an empty
   * table), else its first textblock, so that the range never spans text that a keystroke could
   * change without the document pass running again.
   */
  function placeNodeFinding(state: State, into: Extras, part: OutlineNode, f: Finding) {
    if (part.first >= part.end) {
      anchor(state, into, shiftFinding({ ...f, from: part.pos, to: part.pos + part.size }, 0));
      return;
    }
    const k = part.first;
    const result = state.results.at(k);
    const id = state.ids[k];
    const size = state.doc.nodeAt(state.pos[k]! - 1)?.nodeSize ?? result.text.length + 2;
    // Offsets relative to the block's content: the textblock node runs from -1 to its size - 1.
    const rel = shiftFinding({ ...f, from: -1, to: size - 1 }, 0, {
      blockHash: result.hash,
      ...(id ? { blockId: id } : {}),
    });
    pushTo(into, k, rel);
  }

  /** `results` and `visits` are `state.results` and `state.visits` as arrays. */
  function documentPass(state: State, results: BlockResult[], visits: RowVisit[]) {
    stats.documentPass = true;
    const docExtra: Extras = new Array(results.length);
    state.head = [];
    state.nicknames = [...documentNicknames(results).keys()];
    const glossary = state.glossary ? [...state.glossary, ...(context.glossary ?? [])] : context.glossary;
    const outline =
      state.pos === state.walkPos ? state.outline : moveOutline(state.outline, (at, k) => moved(state, at, k));
    const facts: DocumentFacts = { blocks: results, ...(glossary ? { glossary } : {}) };
    for (const f of runDocumentRules(facts, compiled, onError)) {
      if ("block" in f) {
        const k = f.block;
        const result = results[k];
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
        out.from = moved(state, entry.from, entry.block);
        out.to = moved(state, entry.to, entry.block);
        anchor(state, docExtra, out);
      }
    }
    for (const f of runPlanRules(visits, results, compiled, onError, outline)) {
      if ("node" in f) {
        const { node: n, ...finding } = f;
        const part = outline.nodes[n];
        if (part) placeNodeFinding(state, docExtra, part, finding);
      } else if ("row" in f) {
        const row = state.rows[f.row];
        if (!row) continue;
        const { row: rowIndex, ...finding } = f;
        anchor(state, docExtra, rowFindingAt(state, rowIndex, finding), row.first, row.end);
      } else {
        const { block: k, ...finding } = f;
        const result = results[k];
        if (!result) continue;
        const id = state.ids[k];
        pushTo(docExtra, k, shiftFinding(finding, 0, { blockHash: result.hash, ...(id ? { blockId: id } : {}) }));
      }
    }
    for (const list of docExtra) if (list) sortByFrom(list);
    state.docExtra = ChunkedArray.from(docExtra);
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

    const oldResult = prev.results.at(k);
    // Each keystroke's text would otherwise stay in the content cache until the next prune, and survive every scavenge.
    if (
      byText.get(oldResult.key) === oldResult &&
      prev.results.indexOf(oldResult) === k &&
      prev.results.indexOf(oldResult, k + 1) < 0
    )
      byText.delete(oldResult.key);
    const result = resultFor($new.parent, oldResult.scope);
    const delta = newEnd - oldEnd;
    let pos = prev.pos;
    if (delta !== 0) {
      pos = prev.pos.slice();
      for (let j = k + 1; j < pos.length; j++) pos[j]! += delta;
    }
    const change: LintChange = {
      editFrom: start,
      editOldTo: oldEnd,
      editNewTo: newEnd,
      from: blockPos - 1,
      to: blockPos - 1 + $new.parent.nodeSize,
    };
    const state: State = { ...prev, doc, results: prev.results.with(k, result), pos, change };
    const from = start - blockPos;
    const oldTo = oldEnd - blockPos;
    const newTo = newEnd - blockPos;
    const map = (p: number) => (p < from ? p : p >= oldTo ? p + delta : newTo);

    let planChanged = false;
    const r = prev.rowOf[k]!;
    if (r >= 0) {
      const row = state.rows[r]!;
      const rowPos = moved(state, row.pos, row.first);
      const node = doc.nodeAt(rowPos);
      const oldVisit = prev.visits.at(r);
      if (!node || rowKinds[node.type.name] !== oldVisit.kind) return undefined;
      const visit = rowVisitFor(node, oldVisit.kind);
      planChanged = planSignature(visit) !== planSignature(oldVisit);
      state.visits = prev.visits.with(r, visit);
      state.rowExtra = prev.rowExtra.withSlots(row.first, rowExtras(state, r));
      change.from = rowPos;
      change.to = rowPos + node.nodeSize;
    }
    const docChanged =
      planChanged ||
      structureSignature(oldResult) !== structureSignature(result) ||
      !sameDocumentFacts(oldResult, result, prev.glossary, context.glossary) ||
      // A nickname given elsewhere, typed or deleted here (PII-016 reads other blocks' text for it).
      (prev.nicknames.length > 0 && !sameMentions(oldResult.text, result.text, prev.nicknames));
    if (docChanged) {
      documentPass(state, state.results.toArray(), state.visits.toArray());
      state.change = null;
    } else {
      const old = prev.docExtra.at(k);
      if (old)
        state.docExtra = prev.docExtra.with(
          k,
          old.map((f) => remap(f, map, result.hash)),
        );
    }
    stats.blocks = state.results.length;
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
    const result = state.results.at(k);
    const pos = state.pos[k]!;
    const id = state.ids[k];
    const docExtra = state.docExtra.at(k);
    const rowExtra = state.rowExtra.at(k);
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
      const extras: Finding[] = [];
      pushShifted(extras, docExtra, pos);
      pushShifted(extras, rowExtra, pos);
      if (docExtra && rowExtra) sortByFrom(extras);
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
        // Indexed loops: this runs on every keystroke, and iterators were part of its garbage.
        const overlapping = (list: readonly Finding[]) => {
          for (let i = 0; i < list.length; i++) {
            const f = list[i]!;
            if (f.from <= to && f.to >= from) out.push(f);
          }
        };
        overlapping(state.head);
        const n = state.results.length;
        // Extras anchored to a row's first block may sit just before it: look one block past `to`.
        for (let k = Math.max(0, blockAt(state, from)); k < n; k++) {
          // Checked on the block-relative findings first: materialising the block after the range
          // only to find nothing there was a copy of its findings on every keystroke.
          const pos = state.pos[k]!;
          if (
            anyOverlaps(state.results.at(k).findings, pos, from, to) ||
            anyOverlaps(state.docExtra.at(k), pos, from, to) ||
            anyOverlaps(state.rowExtra.at(k), pos, from, to)
          )
            overlapping(materialise(state, k));
          if (pos > to) break;
        }
        return out;
      },
    };
  }

  return { lint: (doc) => update(doc).findings(), update, stats };
}

/** Whether a finding of `list`, moved by `delta`, overlaps `from`..`to`. */
function anyOverlaps(list: readonly Finding[] | undefined, delta: number, from: number, to: number): boolean {
  if (list)
    for (let i = 0; i < list.length; i++) if (list[i]!.from + delta <= to && list[i]!.to + delta >= from) return true;
  return false;
}

function pushShifted(out: Finding[], list: readonly Finding[] | undefined, delta: number) {
  if (list) for (let i = 0; i < list.length; i++) out.push(shiftFinding(list[i]!, delta));
}

function pushTo(lists: Extras, k: number, f: Finding) {
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

/** Whether two versions of a block mention the same of `names`, in the same order. */
function sameMentions(a: string, b: string, names: readonly string[]): boolean {
  const x = mentionsOf(a, names);
  const y = mentionsOf(b, names);
  return x.length === y.length && x.every((m, i) => m.text === y[i]!.text);
}
