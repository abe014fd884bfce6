import { type Attributes, Node } from "@tiptap/core";
import { type AttributedNodeName, defaultAttrs } from "../document/nodeAttrs.schema.js";

export interface AtomSpec {
  name: AttributedNodeName;
  /** Label the editor shows for the cell or record; it comes from the schema, not the text. */
  title: string;
}

/** Reads the JSON of all attributes that `renderHTML` wrote, for copy and paste. */
function readDataAttrs(element: { getAttribute(name: string): string | null }): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(element.getAttribute("data-attrs") ?? "{}");
    return parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Tiptap attributes for every field of a node's zod attribute schema, defaults included. */
export function attributesFor(name: AttributedNodeName): Attributes {
  return Object.fromEntries(
    Object.entries(defaultAttrs(name)).map(([key, value]) => [
      key,
      {
        default: value,
        parseHTML: (element: { getAttribute(name: string): string | null }) => readDataAttrs(element)[key],
        renderHTML: () => ({}),
      },
    ]),
  );
}

/**
 * A structured record held entirely in attributes (a typed cell, a person, a checklist answer).
 * Its attributes are described once, by its zod schema in `nodeAttrSchemas`; the editor edits
 * them through a node view. The DOM form carries all attributes as one JSON attribute.
 */
export function createAtomNode(spec: AtomSpec) {
  return Node.create({
    name: spec.name,
    atom: true,
    selectable: true,
    addAttributes() {
      return attributesFor(spec.name);
    },
    parseHTML() {
      return [{ tag: `div[data-node="${spec.name}"]` }];
    },
    renderHTML({ node }) {
      return [
        "div",
        { "data-node": spec.name, "data-attrs": JSON.stringify(node.attrs), class: "sfo-record" },
        spec.title,
      ];
    },
  });
}
