import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh directory for one test's files: inside the run's directory under Vitest, which removes it at the end. */
export function testTempDir(prefix: string): string {
  return mkdtempSync(join(process.env.SFO_TEST_TMP ?? tmpdir(), prefix));
}
