import { z } from "zod";
import { qaRatingPoints, qaRatings, type QaRating, type QaStandardId } from "../config/qaStandards.js";
import { isoDateSchema } from "../document/isoDate.schema.js";
import { addDays } from "./addDays.js";

/** Days allowed for resubmission (003_953444ce864c2fe1.txt §5.3-5.4: "usually within 28 days"; calendar days, DOMAIN.md §7.3 point 8). */
export const RESUBMISSION_DAYS = 28;
/** Days allowed for QA and further work before a sharing date is set (§5.3). */
export const QA_WINDOW_BEFORE_SHARING_DAYS = 20;

/** Composite bands (003_953444ce864c2fe1.txt §5.2.1): 0-2, 3-6, 7-10, 11-12. */
export function compositeRating(points: number): QaRating {
  if (points >= 11) return "Outstanding";
  if (points >= 7) return "Good";
  if (points >= 3) return "Requires improvement";
  return "Inadequate";
}

const rating = z.enum(qaRatings);
export const assessQaInputSchema = z.object({
  ratings: z.strictObject({ analysis: rating, judgements: rating, learning: rating, victims: rating }),
  highProfile: z.boolean(),
  sharingRequested: z.boolean(),
  feedbackDate: isoDateSchema,
  /** When the review came back; gives the earliest sharing date where resubmission is before sharing. */
  resubmittedDate: isoDateSchema.optional(),
});
export type AssessQaInput = z.input<typeof assessQaInputSchema>;

export type Resubmission = "none" | "within-28-days" | "before-sharing";

/** Notes where the guidance is silent and the product chose (DOMAIN.md §5.2). */
export type QaFlag = "good-composite-with-inadequate-standard" | "good-composite-with-several-ri-standards";

export interface QaAssessment {
  compositePoints: number;
  compositeRating: QaRating;
  /** Standards rated below Good. */
  standardsBelowGood: QaStandardId[];
  furtherWork: boolean;
  resubmission: Resubmission;
  /** Feedback date + 28 days when resubmission is within 28 days; otherwise null. */
  dueDate: string | null;
  /** 20 when the review must be re-assured before sharing; a sharing date waits for it. */
  qaWindowBeforeSharingDays: number | null;
  /** Resubmitted date + 20 days, when resubmission is before sharing and `resubmittedDate` was given. */
  earliestSharingDate: string | null;
  flags: QaFlag[];
}

/**
 * The composite rating and what must happen next (003_953444ce864c2fe1.txt §5.2-5.4; DOMAIN.md §5).
 * The four ratings are always entered by a person; this only does the arithmetic.
 *
 * - Composite Outstanding or Good with every standard Good or better: no further work.
 * - Good with a standard below Good: further work (any standard below Good, conservatively,
 *   including Inadequate, which §5.3 does not cover). Resubmit within 28 days if the case is
 *   high profile; otherwise before sharing if the Victims standard is below Good and sharing
 *   was requested; otherwise no resubmission.
 * - Requires improvement: further work; within 28 days if high profile, otherwise before
 *   any wider sharing, allowing 20 days for QA before a sharing date is set.
 * - Inadequate: must resubmit within 28 days.
 *
 * @example assessQa({ ratings: { analysis: "Good", judgements: "Good", learning: "Requires improvement",
 *   victims: "Good" }, highProfile: false, sharingRequested: false, feedbackDate: "2025-03-03" })
 *   // → { compositePoints: 7, compositeRating: "Good", furtherWork: true, resubmission: "none", … }
 */
export function assessQa(input: AssessQaInput): QaAssessment {
  const { ratings, highProfile, sharingRequested, feedbackDate, resubmittedDate } = assessQaInputSchema.parse(input);
  const entries = Object.entries(ratings) as [QaStandardId, QaRating][];
  const compositePoints = entries.reduce((sum, [, r]) => sum + qaRatingPoints[r], 0);
  const composite = compositeRating(compositePoints);
  const standardsBelowGood = entries.filter(([, r]) => qaRatingPoints[r] < qaRatingPoints.Good).map(([id]) => id);
  const victimsBelowGood = standardsBelowGood.includes("victims");
  const flags: QaFlag[] = [];

  let resubmission: Resubmission = "none";
  if (composite === "Inadequate") {
    resubmission = "within-28-days";
  } else if (composite === "Requires improvement") {
    resubmission = highProfile ? "within-28-days" : "before-sharing";
  } else if (standardsBelowGood.length > 0) {
    if (highProfile) resubmission = "within-28-days";
    else if (victimsBelowGood && sharingRequested) resubmission = "before-sharing";
    if (entries.some(([, r]) => r === "Inadequate")) flags.push("good-composite-with-inadequate-standard");
    if (entries.filter(([, r]) => r === "Requires improvement").length > 1) {
      flags.push("good-composite-with-several-ri-standards");
    }
  }
  const furtherWork =
    standardsBelowGood.length > 0 || composite === "Requires improvement" || composite === "Inadequate";
  const beforeSharing = resubmission === "before-sharing";
  return {
    compositePoints,
    compositeRating: composite,
    standardsBelowGood,
    furtherWork,
    resubmission,
    dueDate: resubmission === "within-28-days" ? addDays(feedbackDate, RESUBMISSION_DAYS) : null,
    qaWindowBeforeSharingDays: beforeSharing ? QA_WINDOW_BEFORE_SHARING_DAYS : null,
    earliestSharingDate:
      beforeSharing && resubmittedDate ? addDays(resubmittedDate, QA_WINDOW_BEFORE_SHARING_DAYS) : null,
    flags,
  };
}
