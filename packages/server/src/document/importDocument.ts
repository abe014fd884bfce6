import { type DocumentIssue, documentNameSchema, validateDocumentJson } from "@sfo-review/schema";
import * as Y from "yjs";
import type { ReviewStore } from "../storage/ReviewStore.js";
import { jsonToYDoc } from "./jsonToYDoc.js";

export type ImportResult = { ok: true; replaced: boolean } | { ok: false; issues: DocumentIssue[] };

/**
 * Stores a document under a name after validating it. An invalid document changes
 * nothing; an existing document is only replaced when `replace` is set, and then in
 * one transaction, so the store never holds an empty or invalid document in its place.
 */
export async function importDocument(
  store: ReviewStore,
  name: string,
  json: unknown,
  options: { replace?: boolean } = {},
): Promise<ImportResult> {
  if (!documentNameSchema.safeParse(name).success) {
    return {
      ok: false,
      issues: [{ rule: "DOC-NAME", severity: "error", path: [], message: `"${name}" is not a valid document name` }],
    };
  }
  const validation = validateDocumentJson(json);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const state = Y.encodeStateAsUpdate(jsonToYDoc(validation.doc.toJSON()));
  const lastSeq = await store.lastSeq(name);
  if (lastSeq > 0 && !options.replace) {
    return {
      ok: false,
      issues: [
        {
          rule: "DOC-EXISTS",
          severity: "error",
          path: [],
          message: `a document named "${name}" is already stored; pass --replace to replace it`,
        },
      ],
    };
  }
  if (lastSeq > 0) await store.compact(name, state, lastSeq);
  else await store.appendUpdate(name, state);
  return { ok: true, replaced: lastSeq > 0 };
}
