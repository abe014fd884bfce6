import { spawnSync } from "node:child_process";
import { repositoryRoot } from "./startDemoServer.js";

export interface SfoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `sfo` command as `pnpm sfo` does, from the repository root. */
export function runSfo(args: string[], input?: string): SfoRun {
  const result = spawnSync(
    process.execPath,
    ["--conditions=@sfo-review/source", "--import", "tsx", "packages/server/src/cli/main.ts", ...args],
    { cwd: repositoryRoot, encoding: "utf8", input, timeout: 60_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
