import { validateDocumentJson } from "@sfo-review/schema";
import type { Finding } from "../Finding.js";
import { lintDocument } from "../lintDocument.js";
import { lintText } from "../lintText.js";
import { lintJsonlLine } from "./runLintJsonl.js";

/** Where the CLI writes and how it reads files; injected so that it runs in tests and in `sfo`. */
export interface LintCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string | Promise<string>;
}

export const LINT_USAGE = "usage: sfo lint [--format json|text] FILE(.json|.txt)\n       sfo lint --jsonl FILE\n";

function formatText(file: string, findings: readonly Finding[]): string {
  return findings
    .map((f) => `${file}:${f.from}-${f.to} ${f.severity} ${f.rule}${f.field ? ` [${f.field}]` : ""} ${f.message}\n`)
    .join("");
}

/**
 * `sfo lint`: lints a ProseMirror document (.json), plain text (.txt) or JSONL (--jsonl).
 * Resolves to 0 when there are no errors, 1 when there are errors, 2 on a usage error.
 */
export async function runLintCli(argv: readonly string[], io: LintCliIo): Promise<number> {
  let format: "json" | "text" = "text";
  let jsonl = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "lint" && i === 0) continue;
    if (arg === "--jsonl") jsonl = true;
    else if (arg === "--format") {
      const value = argv[++i];
      if (value !== "json" && value !== "text") {
        io.stderr(`--format must be json or text\n${LINT_USAGE}`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith("--format=")) {
      const value = arg.slice(9);
      if (value !== "json" && value !== "text") {
        io.stderr(`--format must be json or text\n${LINT_USAGE}`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith("-")) {
      io.stderr(`unknown option ${arg}\n${LINT_USAGE}`);
      return 2;
    } else files.push(arg);
  }
  const file = files[0];
  if (files.length !== 1 || !file) {
    io.stderr(LINT_USAGE);
    return 2;
  }
  let content: string;
  try {
    content = await io.readFile(file);
  } catch (error) {
    io.stderr(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (jsonl) {
    let errors = false;
    content.split(/\r?\n/).forEach((line, index) => {
      if (!line.trim()) return;
      const result = lintJsonlLine(line, index + 1);
      if ("error" in result) {
        errors = true;
        io.stderr(`${file}:${result.error}\n`);
      } else if (result.findings.some((f) => f.severity === "error")) errors = true;
      io.stdout(`${JSON.stringify(result)}\n`);
    });
    return errors ? 1 : 0;
  }
  let findings: Finding[];
  if (file.endsWith(".json")) {
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      io.stderr(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})\n`);
      return 2;
    }
    const validation = validateDocumentJson(json);
    if (!validation.ok) {
      findings = validation.issues.map((issue) => ({
        rule: issue.rule,
        severity: issue.severity,
        from: 0,
        to: 0,
        message: `${issue.path.join(".")}: ${issue.message}`,
      }));
    } else findings = lintDocument(validation.doc);
  } else if (file.endsWith(".txt")) findings = lintText(content);
  else {
    io.stderr(`${file}: expected a .json document or a .txt file\n${LINT_USAGE}`);
    return 2;
  }
  io.stdout(format === "json" ? `${JSON.stringify(findings, null, 2)}\n` : formatText(file, findings));
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
