import { readFile } from "node:fs/promises";
import { runLintCli } from "@sfo-review/lint";

/** `sfo lint …`: the lint package's command-line front end. */
export function lintCommand(args: string[]): Promise<number> {
  return runLintCli(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
  });
}
