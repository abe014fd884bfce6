import { z } from "zod";

/** Name of the Y.Map, at the root of the review's Y.Doc, that holds dismissed findings. */
export const LINT_DISMISSALS_MAP = "lintDismissals";

/** A value of the `lintDismissals` map: why, who and when (ISO timestamp). Parsed: other clients write it. */
export const lintDismissalValueSchema = z.object({
  reason: z.string().min(1).max(1000),
  by: z.string().max(200),
  at: z.string().max(40),
});
export type LintDismissalValue = z.infer<typeof lintDismissalValueSchema>;

/** The parts of a `dismissalKey`. */
export const lintDismissalKeySchema = z.tuple([z.string().min(1), z.string(), z.string()]);
