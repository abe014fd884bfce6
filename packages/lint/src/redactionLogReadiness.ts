import type { Node as PmNode } from "@tiptap/pm/model";
import { readRowNode } from "./engine/RowVisit.js";
import { redactionFields } from "./plan/lintRow.js";
import { type RedactionGapKind, redactionEntryGaps } from "./plan/redactionEntryGaps.js";

/** One reason the review cannot yet be shared (PII-021). */
export interface RedactionLogGap {
  rule: "PII-021";
  kind: RedactionGapKind | "unlogged";
  /** The log entry's id, or its position ("entry 2") when it has none; for `unlogged`, the analysis entry. */
  entry: string;
  message: string;
}

export interface RedactionLogReadiness {
  ready: boolean;
  gaps: RedactionLogGap[];
}

function find(doc: PmNode, type: string): PmNode | undefined {
  if (doc.type.name === type) return doc;
  let found: PmNode | undefined;
  doc.descendants((node) => {
    if (found) return false;
    if (node.type.name === type) found = node;
    return !found;
  });
  return found;
}

/**
 * Whether a redaction log allows the shareable export (PII-021; 003 §7.2): every entry has arguments
 * for and against, a decision and a dated senior manager sign-off. Given the review, every analysis
 * entry with not-for-disclosure content must also have a log entry (`entryId`), since that column is
 * what the export removes. Pure: the export step decides what to do with the gaps.
 *
 * @example
 * const { ready, gaps } = redactionLogReadiness(logDoc, reviewDoc);
 * if (!ready) throw new Error(gaps.map((g) => `${g.entry}: ${g.message}`).join("\n"));
 */
export function redactionLogReadiness(log: PmNode, review?: PmNode): RedactionLogReadiness {
  const root = find(log, "redactionLog");
  if (!root) throw new TypeError("redactionLogReadiness: the document is not a redaction log");
  const gaps: RedactionLogGap[] = [];
  const logged = new Set<string>();
  let index = 0;
  root.forEach((node) => {
    if (node.type.name !== "redactionEntry") return;
    index++;
    const fields = redactionFields(readRowNode(node, "redaction"));
    if (fields.entryId) logged.add(fields.entryId);
    const entry = fields.id || `entry ${index}`;
    for (const gap of redactionEntryGaps(fields))
      gaps.push({ rule: "PII-021", kind: gap.kind, entry, message: gap.message });
  });
  review?.descendants((node) => {
    if (node.type.name !== "analysisEntry") return true;
    const nfd = readRowNode(node, "entry").texts.nfd ?? "";
    const id = typeof node.attrs.id === "string" ? node.attrs.id : "";
    if (nfd.trim() && !logged.has(id))
      gaps.push({
        rule: "PII-021",
        kind: "unlogged",
        entry: id || String(node.attrs.title ?? "") || "analysis entry",
        message:
          "This entry's not-for-disclosure content has no redaction log entry: record the gist, the arguments and the decision.",
      });
    return false;
  });
  return { ready: gaps.length === 0, gaps };
}
