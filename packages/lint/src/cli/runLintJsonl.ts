import { lintLearningRow } from "../lintLearningRow.js";
import { lintText } from "../lintText.js";
import type { LintContext } from "../LintContext.js";
import { lintInputLineSchema } from "./lintInput.schema.js";

/** Output of one JSONL line: findings, or an error that names the line. */
export type JsonlResult =
  | { id: string | number; findings: ReturnType<typeof lintText> }
  | { id: string | number | null; line: number; error: string };

/** Lints one JSONL line; a bad line gives an error result for that line, never a throw. */
export function lintJsonlLine(line: string, lineNumber: number, base: LintContext = {}): JsonlResult {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return {
      id: null,
      line: lineNumber,
      error: `line ${lineNumber}: not JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const parsed = lintInputLineSchema.safeParse(json);
  if (!parsed.success) {
    const id =
      typeof json === "object" && json && "id" in json ? ((json as { id: unknown }).id as string | number) : null;
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`).join("; ");
    return {
      id: typeof id === "string" || typeof id === "number" ? id : null,
      line: lineNumber,
      error: `line ${lineNumber}: ${detail}`,
    };
  }
  const input = parsed.data;
  const context: LintContext = {
    ...base,
    ...(input.known ? { known: [...(base.known ?? []), ...input.known] } : {}),
    ...(input.register ? { register: [...(base.register ?? []), ...input.register] } : {}),
    ...(input.scope ? { scope: input.scope } : {}),
  };
  const findings = "text" in input ? lintText(input.text, context) : lintLearningRow(input.learningRow, context);
  return { id: input.id, findings };
}

/**
 * Lints JSONL input: each line `{"id","text"}` or `{"id","learningRow":{…}}`, optionally with
 * `known` and `register`. Returns one output line `{"id","findings":[…]}` per non-empty input line.
 */
export function runLintJsonl(input: string, context: LintContext = {}): string {
  const out: string[] = [];
  input.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    out.push(JSON.stringify(lintJsonlLine(line, index + 1, context)));
  });
  return out.length ? `${out.join("\n")}\n` : "";
}
