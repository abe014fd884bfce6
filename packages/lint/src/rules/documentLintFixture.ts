import { buildSfoSchema, type PmNodeJson } from "@sfo-review/schema";
import type { Finding } from "../Finding.js";
import type { LintContext } from "../LintContext.js";
import { lintDocument } from "../lintDocument.js";

const schema = buildSfoSchema();

/** A finding with what it covers: the node type at its start and the text it spans. */
export interface AnchoredFinding extends Finding {
  node: string;
  text: string;
}

/** Lints a document built with the schema builders and keeps the findings of `rule` (whole-document rule tests). */
export function lintDocumentRule(json: PmNodeJson, rule: string, context?: LintContext): AnchoredFinding[] {
  const doc = schema.nodeFromJSON(json);
  return lintDocument(doc, context)
    .filter((f) => f.rule === rule)
    .map((f) => ({ ...f, node: doc.nodeAt(f.from)?.type.name ?? "", text: doc.textBetween(f.from, f.to, " ", "#") }));
}
