import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { SCHEMA_VERSION } from "@sfo-review/schema";
import { testSecret } from "./testSecret.js";

const repositoryRoot = join(import.meta.dirname, "..", "..");

export interface CliServer {
  child: ChildProcess;
  port: number;
  url: string;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
}

/** Starts `sfo serve` as its own process, exactly as the README runs it. */
export async function spawnCliServer(dbPath: string): Promise<CliServer> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=@sfo-review/source",
      "--import",
      "tsx",
      "packages/server/src/cli/main.ts",
      "serve",
      "--port",
      "0",
      "--db",
      dbPath,
    ],
    { cwd: repositoryRoot, env: { ...process.env, SFO_AUTH_SECRET: testSecret }, stdio: ["ignore", "ignore", "pipe"] },
  );
  const exited = new Promise<number | string>((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown"));
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = "";
    const timer = setTimeout(() => reject(new Error(`sfo serve did not start: ${buffered}`)), 20_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"code":"server.listening"[^\n]*"port":(\d+)/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on("exit", () => reject(new Error(`sfo serve exited early: ${buffered}`)));
  });
  return { child, port, url: `ws://127.0.0.1:${port}/?schemaVersion=${SCHEMA_VERSION}`, exited };
}
