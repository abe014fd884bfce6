import { type Extension, Server } from "@hocuspocus/server";
import { newReviewTemplate, type PmNodeJson } from "@sfo-review/schema";
import { secretKey } from "./auth/verifyToken.js";
import { AuthExtension } from "./extensions/AuthExtension.js";
import { HttpRoutesExtension } from "./extensions/HttpRoutesExtension.js";
import { PersistenceExtension } from "./extensions/PersistenceExtension.js";
import { SchemaVersionExtension } from "./extensions/SchemaVersionExtension.js";
import type { HttpRoute } from "./http/HttpRoute.js";
import { findingsRoute } from "./http/findingsRoute.js";
import { healthRoute } from "./http/healthRoute.js";
import { createJsonLogger } from "./logging/createJsonLogger.js";
import type { Logger } from "./logging/Logger.js";
import { type ServerOptionsInput, serverOptionsSchema } from "./serverOptions.schema.js";
import type { ReviewStore } from "./storage/ReviewStore.js";
import { SqliteReviewStore } from "./storage/SqliteReviewStore.js";

export interface SfoServerParts {
  /** Storage; defaults to SQLite at `dbPath`. */
  store?: ReviewStore;
  logger?: Logger;
  /** Content of a review that has never been stored; defaults to the empty review template. */
  initialContent?: (documentName: string) => PmNodeJson;
  /** Extra HTTP routes, tried after the built-in ones (the demo serves its pages this way). */
  routes?: HttpRoute[];
  /** Extra Hocuspocus extensions, run after auth and persistence. */
  extensions?: Extension[];
}

export interface SfoServer {
  hocuspocus: Server;
  store: ReviewStore;
  logger: Logger;
  key: Uint8Array;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(): Promise<number>;
  /** Closes connections, flushes pending stores, closes storage. */
  close(): Promise<void>;
}

/** Composes the collaboration server from its extensions. */
export function createSfoServer(optionsInput: ServerOptionsInput, parts: SfoServerParts = {}): SfoServer {
  const options = serverOptionsSchema.parse(optionsInput);
  const logger = parts.logger ?? createJsonLogger();
  const store = parts.store ?? new SqliteReviewStore(options.dbPath);
  const key = secretKey(options.authSecret);
  let server: Server;
  const instance = () => server.hocuspocus;
  const routes = [healthRoute(instance), findingsRoute({ key, store, instance }), ...(parts.routes ?? [])];

  server = new Server({
    name: "sfo-review",
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounceMs,
    maxDebounce: options.maxDebounceMs,
    websocketOptions: { maxPayload: options.maxMessageBytes },
    extensions: [
      new AuthExtension({ key, logger }),
      new SchemaVersionExtension(),
      new PersistenceExtension({
        store,
        logger,
        initialContent: parts.initialContent ?? (() => newReviewTemplate()),
        compactAfterUpdates: options.compactAfterUpdates,
      }),
      ...(parts.extensions ?? []),
      new HttpRoutesExtension({ routes, logger }),
    ],
  });

  let closing: Promise<void> | undefined;
  return {
    hocuspocus: server,
    store,
    logger,
    key,
    async listen() {
      await server.listen();
      logger.info("server.listening", { host: options.host, port: server.address.port });
      return server.address.port;
    },
    close() {
      closing ??= (async () => {
        await server.destroy();
        await store.close();
        logger.info("server.closed");
      })();
      return closing;
    },
  };
}
