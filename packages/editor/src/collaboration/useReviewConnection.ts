import { HocuspocusProvider } from "@hocuspocus/provider";
import { META_MAP_NAME, SCHEMA_VERSION } from "@sfo-review/schema";
import { useEffect, useState } from "react";
import * as Y from "yjs";

/**
 * How long the provider gathers this user's edits and caret moves before sending them as one
 * message. Sending at once put the encoding, the send and the server's echo of both into the
 * keystroke itself, ahead of its paint; a few frames' delay moves them after it and merges a
 * burst of typing (bench/README.md). Co-editors see a change at most this much later; the
 * provider sends what it holds at once when the page is hidden or the editor closes.
 */
const SEND_DELAY_MS = 50;

export type ConnectionState = "connecting" | "connected" | "disconnected";

export interface ReviewConnection {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  connection: ConnectionState;
  /** The first full sync with the server has completed. */
  synced: boolean;
  /** Set when the server refused the connection, with its reason. */
  refusal: string | null;
  /** The server opened this connection read-only. */
  serverReadOnly: boolean;
  /** The document was written by a newer schema than this editor knows. */
  documentSchemaVersion: number | null;
}

/** Opens a Hocuspocus connection to one review and reports its state. */
export function useReviewConnection(url: string, documentName: string, token: string): ReviewConnection | null {
  const [state, setState] = useState<ReviewConnection | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: withSchemaVersion(url),
      name: documentName,
      token,
      document: doc,
      flushDelay: SEND_DELAY_MS,
    });
    const base: ReviewConnection = {
      provider,
      doc,
      connection: "connecting",
      synced: false,
      refusal: null,
      serverReadOnly: false,
      documentSchemaVersion: null,
    };
    let current = base;
    const patch = (change: Partial<ReviewConnection>) => {
      current = { ...current, ...change };
      setState(current);
    };
    const meta = doc.getMap(META_MAP_NAME);
    const readVersion = () => {
      const version = meta.get("schemaVersion");
      patch({ documentSchemaVersion: typeof version === "number" ? version : null });
    };
    meta.observe(readVersion);
    provider.on("status", ({ status }: { status: ConnectionState }) => patch({ connection: status }));
    provider.on("synced", () => {
      readVersion();
      patch({ synced: true });
    });
    provider.on("authenticated", ({ scope }: { scope: string }) =>
      patch({ serverReadOnly: scope === "readonly", refusal: null }),
    );
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => patch({ refusal: reason }));
    setState(base);
    return () => {
      meta.unobserve(readVersion);
      provider.destroy();
      doc.destroy();
    };
  }, [url, documentName, token]);

  return state;
}

/** A document from a newer schema must not be edited here: y-prosemirror would delete what it does not know. */
export function isNewerSchema(connection: ReviewConnection): boolean {
  return connection.documentSchemaVersion !== null && connection.documentSchemaVersion > SCHEMA_VERSION;
}

/** The server refuses clients that do not declare the node-list version they were built with. */
export function withSchemaVersion(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("schemaVersion", String(SCHEMA_VERSION));
  return parsed.toString();
}
