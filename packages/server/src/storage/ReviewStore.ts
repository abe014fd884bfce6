/**
 * Durable storage of review documents as an append-only log of Yjs updates that is
 * compacted from time to time. SQLite implements it today; PostgreSQL will later.
 * Appends are synchronous-durable when the promise resolves (or when the call
 * returns, for stores that can write synchronously).
 */
export interface ReviewStore {
  /** All stored updates of a document, oldest first; empty when it was never stored. */
  loadUpdates(name: string): Promise<Uint8Array[]>;
  /** Appends one update; returns its sequence number. */
  appendUpdate(name: string, update: Uint8Array): Promise<number> | number;
  /**
   * Replaces every update up to and including `throughSeq` by `state` (the merged
   * state of those updates and possibly later ones), in one transaction.
   */
  compact(name: string, state: Uint8Array, throughSeq: number): Promise<void>;
  /** Sequence number of the last update stored for a document, or 0. */
  lastSeq(name: string): Promise<number>;
  /** Number of update rows a document currently has. */
  countUpdates(name: string): Promise<number>;
  /** Names of all stored documents. */
  listDocuments(): Promise<string[]>;
  close(): Promise<void>;
}
