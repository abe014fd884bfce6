import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

export interface TestClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Resolves once every local change has been acknowledged by the server. */
  settled(): Promise<void>;
  destroy(): void;
}

/** A headless collaborator: a Y.Doc and a Hocuspocus provider over a real websocket. */
export async function connectClient(url: string, name: string, token: string): Promise<TestClient> {
  const doc = new Y.Doc();
  // Node 20 has no global WebSocket; the provider takes the `ws` implementation instead.
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider, name, token, document: doc });
  provider.attach();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`client for ${name} did not sync`)), 10_000);
    provider.on("synced", () => {
      clearTimeout(timer);
      resolve();
    });
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => {
      clearTimeout(timer);
      reject(new Error(reason));
    });
  });
  return {
    provider,
    doc,
    settled: () => waitFor(() => !provider.hasUnsyncedChanges, `${name} to settle`),
    destroy: () => {
      provider.destroy();
      websocketProvider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `condition` holds, or fails with a message naming what was awaited. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
