import type { Node as PmNode } from "@tiptap/pm/model";
import { createIncrementalLinter } from "./createIncrementalLinter.js";
import type { Finding } from "./Finding.js";
import type { LintContext } from "./LintContext.js";

/**
 * Lints a ProseMirror document of the SFO schema. Textblocks are walked generically and their scope
 * comes from the nearest ancestor listed in `nodeScopes`; learning rows also get the APL row rules.
 * `from`/`to` are ProseMirror positions.
 */
export function lintDocument(doc: PmNode, context: LintContext = {}): Finding[] {
  return createIncrementalLinter(context).lint(doc);
}
