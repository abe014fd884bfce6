import type { Fix } from "@sfo-review/lint";
import { UnreachableCaseError } from "@sfo-review/schema";
import type { Node as PmNode } from "@tiptap/pm/model";
import type { EditorState, Transaction } from "@tiptap/pm/state";

/** Where a new glossary entry for `term` goes: alphabetical order within the `glossary` section. */
function glossaryInsertPosition(doc: PmNode, term: string): number | null {
  let at: number | null = null;
  doc.descendants((node, pos) => {
    if (at !== null) return false;
    if (node.type.name !== "glossary") return !node.isTextblock;
    at = pos + node.nodeSize - 1;
    node.forEach((entry, offset) => {
      const existing = String(entry.attrs.term ?? "");
      if (at === pos + node.nodeSize - 1 && existing.localeCompare(term, "en", { sensitivity: "base" }) > 0) {
        at = pos + 1 + offset;
      }
    });
    return false;
  });
  return at;
}

/**
 * The user transaction that applies `fix` to `state`, or null when it no longer applies (the
 * text moved on, or the document has no glossary). Linters only describe fixes; this runs when
 * the user clicks one, and goes through undo and collaboration like typing.
 */
export function fixTransaction(state: EditorState, fix: Fix): Transaction | null {
  switch (fix.kind) {
    case "replace": {
      if (fix.from < 0 || fix.to > state.doc.content.size || fix.from > fix.to) return null;
      const tr = state.tr.insertText(fix.text, fix.from, fix.to);
      return tr.setMeta("lintFix", true).scrollIntoView();
    }
    case "addGlossaryEntry": {
      const type = state.schema.nodes.glossaryEntry;
      const at = glossaryInsertPosition(state.doc, fix.term);
      if (!type || at === null) return null;
      const entry = type.create({ term: fix.term, expansion: fix.expansion, definition: "", category: null });
      return state.tr.insert(at, entry).setMeta("lintFix", true);
    }
    default:
      throw new UnreachableCaseError(fix);
  }
}
