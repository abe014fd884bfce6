import { sampleCase } from "@sfo-review/schema";
import { jsonToYDoc, type ReviewStore } from "@sfo-review/server";
import * as Y from "yjs";
import { demoDocuments } from "../src/demoDocuments.js";

/** Seeds every document of the sample case that is not stored yet, once, on the server. */
export async function seedSampleCase(store: ReviewStore): Promise<string[]> {
  const sample = sampleCase();
  const seeded: string[] = [];
  for (const document of demoDocuments) {
    if ((await store.lastSeq(document.name)) > 0) continue;
    await store.appendUpdate(document.name, Y.encodeStateAsUpdate(jsonToYDoc(sample[document.sample])));
    seeded.push(document.name);
  }
  return seeded;
}
