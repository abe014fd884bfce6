import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

// V8 optimises no function with more bytecode than --max-optimized-bytecode-size (61,440 bytes in Node 20), and an
// unoptimised findPersonNames made the whole lint about 8% slower the one time it grew past that (bench/README.md,
// fourteenth session). New passes belong in functions of their own.
const here = fileURLToPath(new URL(".", import.meta.url));
const node = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: here, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

it("keeps findPersonNames within the bytecode V8 optimises", () => {
  const limit = Number(/--max-optimized-bytecode-size=(\d+)/.exec(node(["--v8-options"]).stdout)?.[1]);
  const script = [
    'import { findPersonNames } from "./findPersonNames.ts";',
    'import { TextBlock } from "./TextBlock.ts";',
    'findPersonNames(new TextBlock("Kerry Smith rang the office."));',
  ].join(" ");
  const run = node([
    "--print-bytecode",
    "--print-bytecode-filter=findPersonNames",
    "--import",
    "tsx",
    "--input-type=module",
    "-e",
    script,
  ]);
  const length = Number(/Bytecode length: (\d+)/.exec(run.stdout)?.[1]);
  expect(limit).toBeGreaterThan(0);
  expect(length).toBeGreaterThan(0);
  expect(length).toBeLessThan(limit);
});
