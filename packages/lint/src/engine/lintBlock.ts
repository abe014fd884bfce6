import type { Finding } from "../Finding.js";
import type { Scope } from "../LintContext.js";
import { ruleInfo } from "../ruleCatalogue.js";
import { blockRules } from "../rules/blockRules.js";
import { TextBlock } from "../text/TextBlock.js";
import { type BlockFacts, collectBlockFacts } from "./collectBlockFacts.js";
import { hashText } from "./hashText.js";
import { internalFinding } from "./internalFinding.js";
import type { CompiledContext } from "./RuleContext.js";
import { sortByFrom } from "./sortByFrom.js";

/** Cached result of linting one block: findings with block-relative offsets, and facts for document rules. */
export interface BlockResult {
  scope: Scope;
  text: string;
  hash: string;
  /** Cache key: scope and text. */
  key: string;
  findings: Finding[];
  facts: BlockFacts;
}

const EMPTY_FACTS: BlockFacts = {
  acronyms: [],
  failings: [],
  organisationForms: [],
  terms: [],
  organisation: false,
  orgCauses: [],
  knowledgeGaps: [],
  roshGroups: [],
  responseCounts: [],
  beyondIndividual: false,
  balance: false,
  localGuidance: [],
  nicknames: [],
};

/** The cache key of a block's content, `BlockResult.key`. */
export const blockKey = (scope: Scope, text: string) => `${scope}\u0000${text}`;

/**
 * Runs every block rule on one block; a rule that throws becomes one LINT-INTERNAL finding.
 * `key` is `blockKey(scope, text)`, when the caller has it: each copy of the text is young garbage.
 */
export function lintBlock(
  text: string,
  scope: Scope,
  compiled: CompiledContext,
  onError?: (rule: string, error: unknown) => void,
  key = blockKey(scope, text),
): BlockResult {
  const hash = hashText(key);
  const ctx = compiled.forScope(scope);
  const block = new TextBlock(text);
  const findings: Finding[] = [];
  for (const rule of blockRules) {
    try {
      // Indexed, not for…of: an iterator per rule and keystroke adds up.
      const found = rule.run(block, ctx);
      for (let i = 0; i < found.length; i++) {
        const f = found[i]!;
        const guidance = f.guidance ?? ruleInfo(f.rule)?.guidance;
        const out: Finding = { ...f, blockHash: hash };
        if (guidance) out.guidance = guidance;
        findings.push(out);
      }
    } catch (error) {
      onError?.(rule.ids[0]!, error);
      findings.push({ ...internalFinding(rule.ids[0]!, error), blockHash: hash });
    }
  }
  let facts = EMPTY_FACTS;
  try {
    facts = collectBlockFacts(block, ctx);
  } catch (error) {
    onError?.("facts", error);
    findings.push({ ...internalFinding("facts", error), blockHash: hash });
  }
  sortByFrom(findings);
  return { scope, text, hash, key, findings, facts };
}
