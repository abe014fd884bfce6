import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { testTempDir } from "./testTempDir.js";

export const repositoryRoot = join(import.meta.dirname, "..", "..");

export interface DemoServer {
  child: ChildProcess;
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Builds the demo and starts its server, as `pnpm start` does, on a free port with a fresh
 * database, or on `dbPath` (the keystroke benchmark's pre-imported review) without building.
 */
export async function startDemoServer(options: { dbPath?: string } = {}): Promise<DemoServer> {
  if (!options.dbPath)
    execFileSync("pnpm", ["--filter", "@sfo-review/demo", "build"], { cwd: repositoryRoot, stdio: "ignore" });
  const dbPath = options.dbPath ?? join(testTempDir("sfo-demo-"), "reviews.sqlite");
  const child = spawn(
    process.execPath,
    ["--conditions=@sfo-review/source", "--import", "tsx", "apps/demo/server/main.ts"],
    { cwd: repositoryRoot, env: { ...process.env, PORT: "0", SFO_DB: dbPath }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`demo did not start: ${output}`)), 30_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /SFO review demo: (http:\/\/localhost:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.on("exit", () => reject(new Error(`demo exited early: ${output}`)));
  });
  return {
    child,
    baseUrl,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
