import type { Node as PmNode } from "@tiptap/pm/model";
import { buildSfoSchema } from "../buildSfoSchema.js";
import { pmNodeSchema } from "./pmNode.schema.js";

/** One problem found in a document, in the same shape as a lint finding. */
export interface DocumentIssue {
  rule: string;
  severity: "error";
  path: (string | number)[];
  message: string;
}

export type DocumentValidation = { ok: true; doc: PmNode } | { ok: false; issues: DocumentIssue[] };

/**
 * Checks that `json` is a well-formed SFO document: the JSON shape with zod, then every
 * node type, attribute and content expression against the one SFO schema.
 */
export function validateDocumentJson(json: unknown): DocumentValidation {
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
        },
      ],
    };
  }
}
