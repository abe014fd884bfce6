import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { fixTransaction } from "./fixTransaction.js";

const schema = buildSfoSchema();

function stateOf(glossary = [{ term: "OASys" }, { term: "SPO" }]) {
  return EditorState.create({
    doc: schema.nodeFromJSON(reviewDocument({ summary: ["Jordan Pike met AB."], glossary })),
  });
}

function terms(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.descendants((node) => {
    if (node.type.name === "glossaryEntry") out.push(String(node.attrs.term));
  });
  return out;
}

describe("fixTransaction", () => {
  it("replaces the text of a replace fix", () => {
    const state = stateOf();
    let from = -1;
    state.doc.descendants((node, pos) => {
      if (node.isText && node.text?.startsWith("Jordan")) from = pos;
    });
    const tr = fixTransaction(state, { label: "Use PP1", kind: "replace", from, to: from + 11, text: "PP1" })!;
    expect(tr.doc.textBetween(from, from + 10)).toBe("PP1 met AB");
  });

  it("adds a glossary entry in alphabetical order", () => {
    const state = stateOf();
    const tr = fixTransaction(state, {
      label: "Add",
      kind: "addGlossaryEntry",
      term: "PDU",
      expansion: "Probation Delivery Unit",
    })!;
    const next = state.apply(tr);
    expect(terms(next)).toEqual(["OASys", "PDU", "SPO"]);
    const last = fixTransaction(next, { label: "Add", kind: "addGlossaryEntry", term: "WMT", expansion: "x" })!;
    expect(terms(next.apply(last))).toEqual(["OASys", "PDU", "SPO", "WMT"]);
    const empty = stateOf([]);
    expect(
      terms(empty.apply(fixTransaction(empty, { label: "Add", kind: "addGlossaryEntry", term: "A", expansion: "" })!)),
    ).toEqual(["A"]);
  });

  it("returns null for a fix that no longer fits the document", () => {
    const state = stateOf();
    expect(fixTransaction(state, { label: "x", kind: "replace", from: 5, to: 1e6, text: "x" })).toBeNull();
  });
});
