import type { Node as PmNode } from "@tiptap/pm/model";
import type { DocumentFacts, FactBlock } from "./engine/DocumentRule.js";
import { type BlockResult, lintBlock } from "./engine/lintBlock.js";
import { compileContext } from "./engine/RuleContext.js";
import { runDocumentRules } from "./engine/runDocumentRules.js";
import { shiftFinding } from "./engine/shiftFinding.js";
import type { Finding } from "./Finding.js";
import type { GlossaryTerm, LintContext, Scope } from "./LintContext.js";
import { runRowRules } from "./lintLearningRow.js";
import { defaultDocumentScope, groupNodeTypes, nodeScopes } from "./nodeScopes.js";
import type { LearningRowFields } from "./plan/LearningRowFields.js";
import { apl019IndividualOnlyPlan } from "./rules/apl019IndividualOnlyPlan.js";

/** Counters of the last run, for tests and benchmarks. */
export interface IncrementalStats {
  blocks: number;
  blocksLinted: number;
  rows: number;
  rowsLinted: number;
}

/**
 * The result of one incremental run. Block findings stay block-relative in the cache and get
 * document positions only when asked for, so that a keystroke does not copy every finding after
 * the edit point.
 */
export interface LintSnapshot {
  /** All findings with document positions, sorted by position (computed once, on first call). */
  findings(): Finding[];
  /** Findings that overlap `from`..`to`, e.g. the visible range or the changed range of a transaction. */
  findingsBetween(from: number, to: number): Finding[];
}

/** Lints whole documents repeatedly, re-running block rules only on blocks whose text or scope changed. */
export interface IncrementalLinter {
  /** Re-lints `doc` and returns all findings (`update(doc).findings()`). */
  lint(doc: PmNode): Finding[];
  /** Re-lints `doc`; positions are materialised lazily by the snapshot. */
  update(doc: PmNode): LintSnapshot;
  readonly stats: IncrementalStats;
}

interface BlockVisit {
  result: BlockResult;
  pos: number;
  blockId: string | undefined;
}

interface Segment {
  offset: number;
  pos: number;
}

interface RowVisit {
  fields: LearningRowFields;
  key: string;
  blockId: string | undefined;
  segments: Record<string, Segment[]>;
  atoms: Record<string, { from: number; to: number }>;
}

const ORGANISATION =
  /\b(?:SPO\d*|PDU\d*|manager|management oversight|oversight|workload|caseload|resourc|system|process|polic)/i;
const ROW_TEXT_CELLS: Record<string, keyof LearningRowFields> = {
  learningObjective: "objective",
  learningAction: "action",
  learningMeasure: "measure",
};

const organisationCache = new WeakMap<BlockResult, boolean>();

function mentionsOrganisation(result: BlockResult): boolean {
  let value = organisationCache.get(result);
  if (value === undefined) {
    value =
      result.scope.startsWith("review.") && result.scope !== "review.analysis.nfd" && ORGANISATION.test(result.text);
    organisationCache.set(result, value);
  }
  return value;
}

function blockText(node: PmNode): string {
  let plain = true;
  node.forEach((child) => {
    if (!child.isText) plain = false;
  });
  return plain ? node.textContent : node.textBetween(0, node.content.size, undefined, "\ufffc");
}

/**
 * An incremental linter: block results are cached by node identity and by content hash (text +
 * scope), so after a local edit or a whole-document replace only changed blocks are re-linted.
 * Document-level rules (first use of an acronym, glossary, plan-level checks) are recomputed each
 * time from cached block facts, and findings are re-derived from the cache (no position mapping).
 *
 * @example
 * const linter = createIncrementalLinter({ register });
 * editor.on("update", () => store.set(linter.lint(editor.state.doc)));
 */
export function createIncrementalLinter(context: LintContext = {}): IncrementalLinter {
  const compiled = compileContext(context);
  const onError = context.onInternalError;
  const byNode = new WeakMap<PmNode, BlockResult>();
  let byText = new Map<string, BlockResult>();
  let rowsByKey = new Map<string, Finding[]>();
  const shifted = new WeakMap<BlockResult, { pos: number; blockId: string | undefined; findings: Finding[] }>();
  const stats: IncrementalStats = { blocks: 0, blocksLinted: 0, rows: 0, rowsLinted: 0 };

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

  // The text cache survives whole-document replaces; it is pruned to the blocks in use when it grows.
  function pruneTextCache(blocks: readonly BlockVisit[]) {
    if (byText.size <= 2 * blocks.length + 64) return;
    byText = new Map(blocks.map((b) => [b.result.key, b.result]));
  }

  function update(doc: PmNode): LintSnapshot {
    stats.blocks = stats.blocksLinted = stats.rows = stats.rowsLinted = 0;
    const blocks: BlockVisit[] = [];
    const glossary: (GlossaryTerm & { from: number; to: number })[] = [];
    const rows: RowVisit[] = [];
    let hasGlossary = false;

    const visit = (node: PmNode, pos: number, scope: Scope, blockId: string | undefined) => {
      const type = node.type.name;
      const ownScope = nodeScopes[type] ?? scope;
      const ownId = groupNodeTypes.has(type) && node.attrs.id ? String(node.attrs.id) : blockId;
      if (type === "glossary") hasGlossary = true;
      if (node.isTextblock) {
        const result = resultFor(node, ownScope);
        blocks.push({ result, pos: pos + 1, blockId: ownId });
        return;
      }
      if (type === "glossaryEntry") {
        hasGlossary = true;
        glossary.push({
          term: String(node.attrs.term ?? ""),
          expansion: String(node.attrs.expansion ?? ""),
          from: pos,
          to: pos + node.nodeSize,
        });
        return;
      }
      if (type === "learningRow") rows.push(readRow(node, pos, ownId));
      const contentStart = type === doc.type.name && node === doc ? 0 : pos + 1;
      node.forEach((child, offset) => {
        visit(child, contentStart + offset, ownScope, ownId);
      });
    };
    visit(doc, -1, defaultDocumentScope, undefined);
    pruneTextCache(blocks);
    stats.blocks = blocks.length;

    const factBlocks: FactBlock[] = blocks.map((b) => ({
      scope: b.result.scope,
      text: b.result.text,
      facts: b.result.facts,
    }));
    const context_glossary = hasGlossary ? [...glossary, ...(context.glossary ?? [])] : context.glossary;
    const facts: DocumentFacts = { blocks: factBlocks, ...(context_glossary ? { glossary: context_glossary } : {}) };

    const extraFindings: Finding[] = [];
    for (const f of runDocumentRules(facts, compiled, onError)) {
      if ("block" in f) {
        const b = blocks[f.block];
        if (b)
          extraFindings.push(
            shiftFinding(f, b.pos, { blockHash: b.result.hash, ...(b.blockId ? { blockId: b.blockId } : {}) }),
          );
      } else {
        const entry = glossary[f.glossaryEntry];
        if (entry) extraFindings.push({ ...shiftFinding(f, 0), from: entry.from, to: entry.to });
      }
    }
    const nextRows = new Map<string, Finding[]>();
    for (const row of rows) {
      let findings = rowsByKey.get(row.key) ?? nextRows.get(row.key);
      if (!findings) {
        findings = runRowRules(row.fields, compiled, onError);
        stats.rowsLinted++;
      }
      nextRows.set(row.key, findings);
      for (const f of findings) extraFindings.push(mapRowFinding(f, row));
    }
    rowsByKey = nextRows;
    stats.rows = rows.length;
    const organisation = blocks.some((b) => mentionsOrganisation(b.result));
    for (const f of apl019IndividualOnlyPlan(
      rows.map((r) => r.fields),
      organisation,
    )) {
      const row = rows[f.row];
      if (row) extraFindings.push(mapRowFinding(f, row));
    }
    extraFindings.sort((a, b) => a.from - b.from);
    return snapshot(blocks, extraFindings);
  }

  function materialise(b: BlockVisit): Finding[] {
    let cached = shifted.get(b.result);
    if (!cached || cached.pos !== b.pos || cached.blockId !== b.blockId) {
      const extra = b.blockId ? { blockId: b.blockId } : undefined;
      cached = {
        pos: b.pos,
        blockId: b.blockId,
        findings: b.result.findings.map((f) => shiftFinding(f, b.pos, extra)),
      };
      shifted.set(b.result, cached);
    }
    return cached.findings;
  }

  function snapshot(blocks: BlockVisit[], extraFindings: Finding[]): LintSnapshot {
    let all: Finding[] | undefined;
    return {
      findings() {
        if (!all) {
          const out: Finding[] = [];
          for (const b of blocks) for (const f of materialise(b)) out.push(f);
          all = mergeByPosition(out, extraFindings);
        }
        return all;
      },
      findingsBetween(from, to) {
        const out: Finding[] = [];
        for (const b of blocks) {
          if (b.pos > to || b.pos + b.result.text.length < from) continue;
          for (const f of materialise(b)) if (f.from <= to && f.to >= from) out.push(f);
        }
        return mergeByPosition(
          out,
          extraFindings.filter((f) => f.from <= to && f.to >= from),
        );
      },
    };
  }

  return { lint: (doc) => update(doc).findings(), update, stats };
}

function readRow(node: PmNode, pos: number, blockId: string | undefined): RowVisit {
  const fields: LearningRowFields = { objective: "", whoFor: "", action: "", measure: "", owner: "", date: "" };
  const segments: Record<string, Segment[]> = {};
  const atoms: Record<string, { from: number; to: number }> = {};
  node.forEach((cell, cellOffset) => {
    const cellPos = pos + 1 + cellOffset;
    const field = ROW_TEXT_CELLS[cell.type.name];
    if (field) {
      const parts: string[] = [];
      const segs: Segment[] = [];
      let offset = 0;
      cell.forEach((para, paraOffset) => {
        const text = blockText(para);
        segs.push({ offset, pos: cellPos + 1 + paraOffset + 1 });
        parts.push(text);
        offset += text.length + 1;
      });
      (fields as unknown as Record<string, string>)[field] = parts.join("\n");
      segments[field] = segs;
      return;
    }
    const range = { from: cellPos, to: cellPos + cell.nodeSize };
    if (cell.type.name === "learningWhoFor") {
      fields.whoFor = String(cell.attrs.level ?? "");
      atoms.whoFor = range;
    } else if (cell.type.name === "learningOwners") {
      fields.owner = ((cell.attrs.owners as string[] | null) ?? []).join(" / ");
      atoms.owner = range;
    } else if (cell.type.name === "learningDates") {
      const { actionDate, measureDate, qualifier } = cell.attrs as {
        actionDate: string | null;
        measureDate: string | null;
        qualifier: string;
      };
      fields.actionDate = actionDate;
      fields.measureDate = measureDate;
      fields.date = [actionDate && `action by ${actionDate}`, measureDate && `measure by ${measureDate}`, qualifier]
        .filter(Boolean)
        .join("; ");
      atoms.date = range;
    }
  });
  const key = JSON.stringify(fields);
  return { fields, key, blockId, segments, atoms };
}

function mapRowFinding(f: Finding, row: RowVisit): Finding {
  const field = f.field ?? "objective";
  const extra = row.blockId ? { blockId: row.blockId } : {};
  const atom = row.atoms[field];
  if (atom) return { ...shiftFinding(f, 0, extra), from: atom.from, to: atom.to, fixes: undefined } as Finding;
  const segs = row.segments[field] ?? [];
  const seg = [...segs].reverse().find((s) => s.offset <= f.from) ?? segs[0];
  if (!seg) return shiftFinding(f, 0, extra);
  const shifted = shiftFinding(f, seg.pos - seg.offset, extra);
  return shifted;
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
