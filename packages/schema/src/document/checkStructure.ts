import { Fragment, type ContentMatch, type Schema } from "@tiptap/pm/model";
import { type AttributedNodeName, nodeAttrSchemas } from "./nodeAttrs.schema.js";
import type { PmNodeJson } from "./pmNode.schema.js";
import type { DocumentIssue } from "./DocumentIssue.js";
import { nodeLabel, unlabelledTypes, visitJson } from "./visitJson.js";

function expected(match: ContentMatch): string {
  const names = Array.from({ length: match.edgeCount }, (_, i) => match.edge(i).type.name);
  return names.length ? names.join(" or ") : "nothing";
}

/** Rule codes for attributes whose failures have their own name in the issue list. */
const attributeRules: Readonly<Record<string, string>> = { "person.role": "DOC-ROLE" };

/**
 * Node types, marks, attributes (with the zod schema of each node type) and content
 * expressions, each failure reported at the path of the node, child or attribute concerned.
 */
export function checkStructure(root: PmNodeJson, schema: Schema): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  visitJson(root, ({ node, path, location }) => {
    const issue = (rule: string, at: (string | number)[], message: string, where = location) =>
      issues.push({ rule, severity: "error", path: at, message, location: where });
    const type = schema.nodes[node.type];
    if (!type) {
      issue("DOC-UNKNOWN-NODE", path, `unknown node type "${node.type}"`);
      return;
    }
    node.marks?.forEach((mark, index) => {
      if (!schema.marks[mark.type]) issue("DOC-UNKNOWN-MARK", [...path, "marks", index], `unknown mark "${mark.type}"`);
    });
    if (type.isText) {
      if (!node.text) issue("DOC-CONTENT", path, "a text node needs non-empty text");
      return;
    }
    const attrSchema = nodeAttrSchemas[type.name as AttributedNodeName];
    if (attrSchema) {
      const parsed = attrSchema.safeParse(node.attrs ?? {});
      if (!parsed.success) {
        for (const zodIssue of parsed.error.issues) {
          const attrPath = zodIssue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
          const name = attrPath[0];
          const rule =
            (zodIssue.code === "custom" && typeof zodIssue.params?.rule === "string" ? zodIssue.params.rule : null) ??
            attributeRules[`${type.name}.${String(name)}`] ??
            "DOC-ATTRS";
          issue(
            rule,
            [...path, "attrs", ...attrPath],
            `${type.name}${name === undefined ? "" : `.${name}`}: ${zodIssue.message}`,
          );
        }
      }
    } else if (node.attrs && Object.keys(node.attrs).length > 0) {
      issue("DOC-ATTRS", [...path, "attrs"], `${type.name} has no attributes`);
    }
    let match = type.contentMatch;
    const children = node.content ?? [];
    for (const [index, child] of children.entries()) {
      const childType = schema.nodes[child.type];
      if (!childType) continue;
      const next = match.matchType(childType);
      if (!next) {
        const ordinal = children.slice(0, index + 1).filter((sibling) => sibling.type === child.type).length;
        const childLabel = unlabelledTypes.has(child.type) ? "" : nodeLabel(child, ordinal);
        issue(
          "DOC-CONTENT",
          [...path, "content", index],
          `${child.type} is not allowed here in ${type.name}; expected ${expected(match)}`,
          [location, childLabel].filter(Boolean).join(" > "),
        );
        return;
      }
      match = next;
    }
    if (!match.validEnd) {
      const fill = match.fillBefore(Fragment.empty, true);
      const missing: string[] = [];
      fill?.forEach((filled) => {
        missing.push(filled.type.name);
      });
      issue(
        "DOC-CONTENT",
        path,
        `${type.name} is missing ${missing.length ? missing.join(", ") : expected(match)}${children.length ? ` after ${children.length} child node(s)` : ""}`,
      );
    }
  });
  return issues;
}
