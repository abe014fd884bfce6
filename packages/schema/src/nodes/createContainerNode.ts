import { Node } from "@tiptap/core";
import type { AttributedNodeName } from "../document/nodeAttrs.schema.js";
import { attributesFor } from "./createAtomNode.js";

export interface ContainerSpec {
  name: string;
  /** Heading shown above the container, from the schema; omit for untitled rows. */
  title?: string;
  content: string;
  /** Name under `nodeAttrSchemas` when the container has attributes. */
  attrs?: AttributedNodeName;
}

/** A structural node (table, row, document part) with a fixed content expression. */
export function createContainerNode(spec: ContainerSpec) {
  const attrs = spec.attrs;
  return Node.create({
    name: spec.name,
    content: spec.content,
    defining: true,
    isolating: true,
    addAttributes() {
      return attrs ? attributesFor(attrs) : {};
    },
    parseHTML() {
      return [{ tag: `div[data-node="${spec.name}"]` }];
    },
    renderHTML({ node }) {
      const dom = {
        "data-node": spec.name,
        ...(attrs ? { "data-attrs": JSON.stringify(node.attrs) } : {}),
        class: "sfo-block",
      };
      return spec.title
        ? ["div", dom, ["div", { contenteditable: "false", class: "sfo-block-title" }, spec.title], ["div", {}, 0]]
        : ["div", dom, 0];
    },
  });
}
