import type { Node as PmNode } from "@tiptap/pm/model";
import { buildSfoSchema } from "../buildSfoSchema.js";
import { checkReferences } from "./checkReferences.js";
import { checkStructure } from "./checkStructure.js";
import type { DocumentIssue } from "./DocumentIssue.js";
import { pmNodeSchema } from "./pmNode.schema.js";

export type { DocumentIssue } from "./DocumentIssue.js";

export type DocumentValidation = { ok: true; doc: PmNode } | { ok: false; issues: DocumentIssue[] };

export interface ValidateDocumentOptions {
  /**
   * Also check identifiers against the people register, links between rows and findings,
   * checklist item ids and response reason categories (default true). A server that only
   * wants to refuse structurally broken updates can turn this off.
   */
  checkReferences?: boolean;
}

/**
 * Checks that `json` is a well-formed SFO document: the JSON shape with zod; every node
 * type, mark, attribute (zod schema per node type) and content expression against the one
 * SFO schema; then the cross-references. Every issue carries the JSON path and a readable
 * location, e.g. path `["content",0,"content",12,"content",1,"content",0,"content",1]` and
 * location "actionPlan > learningTable > row 1 > learningWhoFor".
 */
export function validateDocumentJson(json: unknown, options: ValidateDocumentOptions = {}): DocumentValidation {
  const shape = pmNodeSchema.safeParse(json);
  if (!shape.success) {
    return {
      ok: false,
      issues: shape.error.issues.map((issue) => ({
        rule: "DOC-SHAPE",
        severity: "error",
        path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: issue.message,
      })),
    };
  }
  const schema = buildSfoSchema();
  const issues: DocumentIssue[] = [];
  if (shape.data.type !== schema.topNodeType.name) {
    issues.push({
      rule: "DOC-CONTENT",
      severity: "error",
      path: ["type"],
      message: `the root must be "${schema.topNodeType.name}", not "${shape.data.type}"`,
      location: "",
    });
  }
  issues.push(...checkStructure(shape.data, schema));
  if (options.checkReferences !== false) issues.push(...checkReferences(shape.data));
  if (issues.length) return { ok: false, issues };
  try {
    const doc = schema.nodeFromJSON(shape.data);
    doc.check();
    return { ok: true, doc };
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          rule: "DOC-SCHEMA",
          severity: "error",
          path: [],
          message: error instanceof Error ? error.message : String(error),
          location: "",
        },
      ],
    };
  }
}
