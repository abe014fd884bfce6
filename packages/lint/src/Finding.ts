/** How serious a finding is; the same three levels as schema validation issues. */
export type Severity = "error" | "warning" | "info";

/** A pure description of a fix; the editor turns it into a command the user clicks. */
export type Fix =
  | { label: string; kind: "replace"; from: number; to: number; text: string }
  | { label: string; kind: "addGlossaryEntry"; term: string; expansion: string };

/**
 * One lint finding, in the shape shared with schema validation (STYLE.md, "Data at boundaries").
 * `from`/`to` are UTF-16 offsets for plain text, ProseMirror positions for documents, or offsets
 * into `field` for a learning row.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  from: number;
  to: number;
  message: string;
  fixes?: Fix[];
  field?: string;
  guidance?: string;
  /** The text the finding is about, used to key dismissals without positions. */
  matchedText?: string;
  /** Content hash of the block (text + scope) the finding came from. */
  blockHash?: string;
  /** Id of the enclosing analysis entry or plan row, when it has one. */
  blockId?: string;
}
