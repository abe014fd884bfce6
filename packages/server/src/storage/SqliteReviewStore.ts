import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ReviewStore } from "./ReviewStore.js";

/**
 * ReviewStore on one SQLite file. Writes are synchronous and in WAL mode with
 * `synchronous = FULL`, so an append has reached the disk when the call returns.
 */
export class SqliteReviewStore implements ReviewStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(readonly path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS document_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX IF NOT EXISTS document_updates_by_name ON document_updates (name, seq);
    `);
    this.statements = {
      load: this.db.prepare<[string], { data: Buffer }>(
        "SELECT data FROM document_updates WHERE name = ? ORDER BY seq",
      ),
      append: this.db.prepare<[string, Buffer]>("INSERT INTO document_updates (name, data) VALUES (?, ?)"),
      deleteThrough: this.db.prepare<[string, number]>("DELETE FROM document_updates WHERE name = ? AND seq <= ?"),
      lastSeq: this.db.prepare<[string], { seq: number | null }>(
        "SELECT MAX(seq) AS seq FROM document_updates WHERE name = ?",
      ),
      count: this.db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM document_updates WHERE name = ?"),
      names: this.db.prepare<[], { name: string }>("SELECT DISTINCT name FROM document_updates ORDER BY name"),
    };
  }

  async loadUpdates(name: string): Promise<Uint8Array[]> {
    return this.statements.load.all(name).map((row) => new Uint8Array(row.data));
  }

  appendUpdate(name: string, update: Uint8Array): number {
    return Number(this.statements.append.run(name, Buffer.from(update)).lastInsertRowid);
  }

  async compact(name: string, state: Uint8Array, throughSeq: number): Promise<void> {
    // The merged state is inserted before older rows are deleted, in one transaction:
    // a crash at any point leaves either the old log or the new snapshot, never neither.
    this.db.transaction(() => {
      this.statements.append.run(name, Buffer.from(state));
      this.statements.deleteThrough.run(name, throughSeq);
    })();
  }

  async lastSeq(name: string): Promise<number> {
    return this.statements.lastSeq.get(name)?.seq ?? 0;
  }

  async countUpdates(name: string): Promise<number> {
    return this.statements.count.get(name)?.n ?? 0;
  }

  async listDocuments(): Promise<string[]> {
    return this.statements.names.all().map((row) => row.name);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
