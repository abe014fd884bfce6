import type { Finding } from "../Finding.js";
import type { GlossaryTerm, Scope } from "../LintContext.js";
import type { BlockFacts } from "./collectBlockFacts.js";
import type { CompiledContext } from "./RuleContext.js";

/** One block as document-level rules see it, in reading order. */
export interface FactBlock {
  scope: Scope;
  text: string;
  facts: BlockFacts;
}

/** The facts of a whole document (or plain text) that document-level rules read. */
export interface DocumentFacts {
  blocks: readonly FactBlock[];
  /** The case glossary, when one is known; ACR-002, ACR-003 and LANG-003 run only then. */
  glossary?: readonly GlossaryTerm[];
}

/** A finding anchored to a block (offsets into its text) or to a glossary entry. */
export type DocumentFinding = Finding & ({ block: number } | { glossaryEntry: number });

/** A rule over the whole document that reads cached block facts, never the text afresh. */
export interface DocumentRule {
  ids: readonly string[];
  run(doc: DocumentFacts, ctx: CompiledContext): DocumentFinding[];
}
