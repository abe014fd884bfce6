import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from "@hocuspocus/server";
import { type PmNodeJson, validateDocumentJson } from "@sfo-review/schema";
import * as Y from "yjs";
import { jsonToYDoc } from "../document/jsonToYDoc.js";
import { yDocToJson } from "../document/yDocToJson.js";
import type { Logger } from "../logging/Logger.js";
import type { ReviewStore } from "../storage/ReviewStore.js";

export interface PersistenceExtensionConfig {
  store: ReviewStore;
  logger: Logger;
  /** Content of a document that has never been stored; seeded once, on the server. */
  initialContent: (documentName: string) => PmNodeJson;
  /** Compact a document's update log when it has more rows than this. */
  compactAfterUpdates?: number;
}

/**
 * Stores every update the moment it is applied, as one row of an append-only log,
 * and compacts the log when Hocuspocus's debounced store hook runs. Because the
 * append happens inside the Yjs update event, it is on disk before Hocuspocus
 * acknowledges the update to the client (ROADMAP.md, "Nothing lost").
 */
export class PersistenceExtension implements Extension {
  extensionName = "PersistenceExtension";
  private readonly compactAfterUpdates: number;
  /** Documents with an update that could not be appended: the next store compacts them whatever their size. */
  private readonly unstored = new Set<string>();

  constructor(private readonly config: PersistenceExtensionConfig) {
    this.compactAfterUpdates = config.compactAfterUpdates ?? 200;
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const { store, logger } = this.config;
    const updates = await store.loadUpdates(documentName);
    if (updates.length > 0) {
      Y.applyUpdate(document, Y.mergeUpdates(updates));
      logger.info("document.loaded", { document: documentName, updates: updates.length });
    } else {
      const seed = Y.encodeStateAsUpdate(jsonToYDoc(this.config.initialContent(documentName)));
      await store.appendUpdate(documentName, seed);
      Y.applyUpdate(document, seed);
      logger.info("document.seeded", { document: documentName });
    }
    document.on("update", (update: Uint8Array) => {
      try {
        const appended = store.appendUpdate(documentName, update);
        if (appended instanceof Promise) {
          appended.catch((error: unknown) => this.logAppendFailure(documentName, error));
        }
      } catch (error) {
        this.logAppendFailure(documentName, error);
      }
    });
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    const { store, logger } = this.config;
    const mustCompact = this.unstored.has(documentName);
    if (!mustCompact && (await store.countUpdates(documentName)) <= this.compactAfterUpdates) return;
    // A compaction replaces the log by one snapshot; never let that snapshot be an invalid document.
    const problem = this.structuralProblem(document);
    if (problem) {
      logger.error("document.invalid_state", { document: documentName, problem });
      return;
    }
    const throughSeq = await store.lastSeq(documentName);
    await store.compact(documentName, Y.encodeStateAsUpdate(document), throughSeq);
    this.unstored.delete(documentName);
    logger.info("document.compacted", { document: documentName, throughSeq });
  }

  /** The first structural issue of the document (rule and path only, never text), or null. */
  private structuralProblem(document: Y.Doc): string | null {
    try {
      const validation = validateDocumentJson(yDocToJson(document), { checkReferences: false });
      if (validation.ok) return null;
      const issue = validation.issues[0];
      return issue ? `${issue.rule} at ${issue.path.join(".")}` : "invalid";
    } catch (error) {
      return `unreadable: ${error instanceof Error ? error.name : "error"}`;
    }
  }

  private logAppendFailure(documentName: string, error: unknown): void {
    this.unstored.add(documentName);
    this.config.logger.error("store.append_failed", {
      document: documentName,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
