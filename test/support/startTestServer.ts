import { join } from "node:path";
import { type Role, SCHEMA_VERSION } from "@sfo-review/schema";
import {
  createSfoServer,
  createSilentLogger,
  type SfoServer,
  type SfoServerParts,
  signToken,
} from "@sfo-review/server";
import { testSecret } from "./testSecret.js";
import { testTempDir } from "./testTempDir.js";

export interface TestServer {
  server: SfoServer;
  port: number;
  /** Websocket URL, declaring the current schema version as the editor does. */
  url: string;
  dbPath: string;
  token(role: Role, documentName: string, user?: { sub: string; name: string }): Promise<string>;
}

/** A real server on a free loopback port with its own SQLite file. */
export async function startTestServer(
  options: { dbPath?: string; debounceMs?: number } = {},
  parts: SfoServerParts = {},
): Promise<TestServer> {
  const dbPath = options.dbPath ?? join(testTempDir("sfo-test-"), "reviews.sqlite");
  const server = createSfoServer(
    { port: 0, host: "127.0.0.1", dbPath, authSecret: testSecret, debounceMs: options.debounceMs ?? 50 },
    { logger: createSilentLogger(), ...parts },
  );
  const port = await server.listen();
  return {
    server,
    port,
    url: `ws://127.0.0.1:${port}/?schemaVersion=${SCHEMA_VERSION}`,
    dbPath,
    token: (role, documentName, user = { sub: `user-${role}`, name: `Test ${role}` }) =>
      signToken({ ...user, reviews: { [documentName]: role } }, server.key),
  };
}
