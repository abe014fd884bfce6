import type { Dismissal } from "@sfo-review/lint";
import type { LintDismissalValue } from "./lintDismissal.schema.js";

/** One entry of the shared dismissals map: the engine's `Dismissal` plus who dismissed it, when and why. */
export interface DismissalRecord extends LintDismissalValue {
  key: string;
  dismissal: Dismissal;
}
