import type { DocumentFacts } from "./engine/DocumentRule.js";
import { lintBlock } from "./engine/lintBlock.js";
import { compileContext } from "./engine/RuleContext.js";
import { runDocumentRules } from "./engine/runDocumentRules.js";
import { shiftFinding } from "./engine/shiftFinding.js";
import type { Finding } from "./Finding.js";
import type { LintContext } from "./LintContext.js";
import { defaultTextScope } from "./nodeScopes.js";

/** Paragraphs of a plain text (separated by blank lines) with their offsets. */
export function splitParagraphs(text: string): { from: number; text: string }[] {
  const out: { from: number; text: string }[] = [];
  const pattern = /\n[ \t]*\n/g;
  let start = 0;
  for (const m of text.matchAll(pattern)) {
    out.push({ from: start, text: text.slice(start, m.index) });
    start = (m.index ?? 0) + m[0].length;
  }
  out.push({ from: start, text: text.slice(start) });
  return out.filter((p) => p.text.trim().length > 0);
}

/**
 * Lints plain text: paragraphs are blocks in reading order, all in `context.scope`
 * (default `review.analysis.events`). Offsets are UTF-16 offsets into `text`.
 *
 * @example lintText("A timely assessment was completed.") // → [{ rule: "LANG-001", … }]
 */
export function lintText(text: string, context: LintContext = {}): Finding[] {
  const compiled = compileContext(context);
  const scope = context.scope ?? defaultTextScope;
  const paragraphs = splitParagraphs(text);
  const results = paragraphs.map((p) => lintBlock(p.text, scope, compiled, context.onInternalError));
  const facts: DocumentFacts = {
    blocks: results.map((r) => ({ scope: r.scope, text: r.text, facts: r.facts })),
    ...(context.glossary ? { glossary: context.glossary } : {}),
  };
  const out: Finding[] = [];
  results.forEach((r, i) => {
    for (const f of r.findings) out.push(shiftFinding(f, paragraphs[i]!.from));
  });
  for (const f of runDocumentRules(facts, compiled, context.onInternalError)) {
    const index = "block" in f ? f.block : 0;
    const result = results[index];
    out.push(
      shiftFinding(f, "block" in f ? (paragraphs[index]?.from ?? 0) : 0, result ? { blockHash: result.hash } : {}),
    );
  }
  return out.sort((a, b) => a.from - b.from || a.rule.localeCompare(b.rule));
}
