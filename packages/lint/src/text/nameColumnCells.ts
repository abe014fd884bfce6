// A table pasted as text: cells split by "|" or tabs, its first row naming the columns.
const CELL_SEPARATOR = /\s*(?:\||\t)\s*/;
// Columns that hold a person's name or part of it ("SURNAME | FORENAME | NUMBER", "Name\tRole"), or the initials of
// the member of staff who signed a row ("Time | Name | Staff").
const NAME_HEADER =
  /^(?:sur\s?name|fore\s?names?|first\s?names?|given\s?names?|family\s?name|last\s?name|(?:full\s+)?name|prisoner|resident|visitor|caller|person|staff|initials|(?:key\s?)?worker|owner|chair|attendee|interviewee|interpreter|witness|carer|(?:signed|checked|completed|recorded|witnessed|taken)\s+by)$/i;
// Columns that hold one part of a name, or only people, where any word is a name ("MARROW", "Hope"; an interpreter
// "Stint").
const NAME_PART_HEADER =
  /^(?:sur\s?name|fore\s?names?|first\s?names?|given\s?names?|family\s?name|last\s?name|interviewee|interpreter)$/i;
// A cell that holds letters only: no numbers, dates, codes or placeholders ("N/A", "-", "Unknown").
const NAME_CELL = /^\p{L}[\p{L}'’.-]*(?:[^\S\n]\p{L}[\p{L}'’.-]*){0,3}$/u;
const CLOSING_STOP = /[.;,]$/;
const PLACEHOLDER = /^(?:n\/?a|none|unknown|not known|nil|tbc|redacted|withheld)$/i;

/**
 * The cells of a pasted table's name columns, each with its offsets: in
 * "SURNAME | FORENAME | NUMBER\nMARROW | DENZIL | B4927KT" the cells "MARROW" and "DENZIL".
 */
export function nameColumnCells(text: string): { from: number; to: number; namePart: boolean }[] {
  const out: { from: number; to: number; namePart: boolean }[] = [];
  if (!text.includes("|") && !text.includes("\t")) return out;
  let columns: number[] = [];
  let parts = new Set<number>();
  let width = 0;
  let inTable = false;
  // A table pasted onto one line keeps its rows apart with dashes ("Agency | Owner — Police | Brayford").
  for (const { line, offset } of rowsOf(text)) {
    const cells = splitCells(line, offset);
    if (cells.length < 2) {
      columns = [];
      inTable = false;
      continue;
    }
    // Only a table's first row names its columns: "Name | Role\nMargaret Thwaite | Visitor" has one header.
    if (!inTable) {
      inTable = true;
      width = cells.length;
      columns = cells.flatMap((cell, i) => (NAME_HEADER.test(cell.text) ? [i] : []));
      parts = new Set(cells.flatMap((cell, i) => (NAME_PART_HEADER.test(cell.text) ? [i] : [])));
      continue;
    }
    if (cells.length !== width) continue;
    for (const i of columns) {
      const cell = cells[i];
      if (!cell) continue;
      // The row's sentence may end in its last cell ("| Brayford.").
      const name = cell.text.replace(CLOSING_STOP, "");
      if (NAME_CELL.test(name) && !PLACEHOLDER.test(name))
        out.push({ from: cell.from, to: cell.from + name.length, namePart: parts.has(i) });
    }
  }
  return out;
}

// Two or three capitalised words, as a person's full name is written in a cell.
const FULL_NAME_CELL = /^\p{Lu}[\p{L}'’-]*(?:[^\S\n]\p{Lu}[\p{L}'’-]*){1,2}$/u;

/**
 * Cells of two or three words beside a cell that holds a role, in a table pasted without a header: in "Cuthred
 * Peppercorn | Polygraph examiner | Probation" the cell "Cuthred Peppercorn". `isRole` reads the neighbouring cell.
 */
export function cellsBesideRole(text: string, isRole: (cell: string) => boolean): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  if (!text.includes("|") && !text.includes("\t")) return out;
  for (const { line, offset } of rowsOf(text)) {
    const cells = splitCells(line, offset);
    cells.forEach((cell, i) => {
      if (!FULL_NAME_CELL.test(cell.text)) return;
      const beside = [cells[i - 1], cells[i + 1]];
      if (beside.some((other) => other !== undefined && isRole(other.text))) out.push({ from: cell.from, to: cell.to });
    });
  }
  return out;
}

// A table pasted onto one line keeps its rows apart with dashes or slashes: "Name | Role — Flick Saxby | PP1 — Ferdy
// Wilmot | Employer", "Staff | Initials / Jess Speedwell | JS".
const ROW_DASH = /[^\S\n]+[—–/][^\S\n]+/g;

/** The rows of `text`: its lines, and within a line of cells, the parts between dashes. */
function rowsOf(text: string): { line: string; offset: number }[] {
  const rows: { line: string; offset: number }[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    let start = 0;
    if (line.includes("|"))
      for (const dash of line.matchAll(ROW_DASH)) {
        rows.push({ line: line.slice(start, dash.index), offset: offset + start });
        start = dash.index + dash[0].length;
      }
    rows.push({ line: line.slice(start), offset: offset + start });
    offset += line.length + 1;
  }
  return rows;
}

function splitCells(line: string, offset: number): { text: string; from: number; to: number }[] {
  const cells: { text: string; from: number; to: number }[] = [];
  let start = 0;
  const pieces = line.split(CELL_SEPARATOR);
  if (pieces.length < 2) return cells;
  for (const piece of pieces) {
    const at = line.indexOf(piece, start);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    cells.push({ text, from: offset + at + lead, to: offset + at + lead + text.length });
    start = at + piece.length;
  }
  return cells;
}
