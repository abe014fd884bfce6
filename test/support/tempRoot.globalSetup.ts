import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Vitest global setup: one directory for the run's SQLite files and CLI inputs (`testTempDir`),
 * removed when the run ends, so that a test run leaves nothing behind in the system's temp
 * directory. Set through the environment, which the test workers (and the servers they spawn)
 * inherit; the first project to start makes it, the others share it.
 */
export default function setup(): (() => void) | undefined {
  if (process.env.SFO_TEST_TMP) return undefined;
  const root = mkdtempSync(join(tmpdir(), "sfo-tests-"));
  process.env.SFO_TEST_TMP = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    delete process.env.SFO_TEST_TMP;
  };
}
