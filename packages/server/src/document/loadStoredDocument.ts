import * as Y from "yjs";
import type { ReviewStore } from "../storage/ReviewStore.js";

/** The stored state of a document as a Y.Doc, or null when nothing is stored under that name. */
export async function loadStoredDocument(store: ReviewStore, name: string): Promise<Y.Doc | null> {
  const updates = await store.loadUpdates(name);
  if (updates.length === 0) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return doc;
}
