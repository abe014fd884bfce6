import type { Finding } from "../Finding.js";
import type { Scope } from "../LintContext.js";
import { ruleInfo } from "../ruleCatalogue.js";
import { blockRules } from "../rules/blockRules.js";
import { TextBlock } from "../text/TextBlock.js";
import { type BlockFacts, collectBlockFacts } from "./collectBlockFacts.js";
import { hashText } from "./hashText.js";
import { internalFinding } from "./internalFinding.js";
import type { CompiledContext } from "./RuleContext.js";

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
};

/** Runs every block rule on one block; a rule that throws becomes one LINT-INTERNAL finding. */
export function lintBlock(
  text: string,
  scope: Scope,
  compiled: CompiledContext,
  onError?: (rule: string, error: unknown) => void,
): BlockResult {
  const hash = hashText(`${scope}\u0000${text}`);
  const ctx = compiled.forScope(scope);
  const block = new TextBlock(text);
  const findings: Finding[] = [];
  for (const rule of blockRules) {
    try {
      for (const f of rule.run(block, ctx)) {
        const guidance = f.guidance ?? ruleInfo(f.rule)?.guidance;
        findings.push({ ...f, blockHash: hash, ...(guidance ? { guidance } : {}) });
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
  findings.sort((a, b) => a.from - b.from);
  return { scope, text, hash, key: `${scope}\u0000${text}`, findings, facts };
}
