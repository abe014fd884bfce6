/**
 * The four QA standards, in order (003_953444ce864c2fe1.txt §3.4.1-3.4.4; 001_c3016c43cfd81fa7.txt
 * Annex A). Standard 2 has two names in the seeds (DOMAIN.md §7.3 point 2): one label, one alias.
 */
export const qaStandards = [
  { id: "analysis", label: "Analysis of practice", aliases: [] },
  { id: "judgements", label: "Overall judgements", aliases: ["Sufficient judgements"] },
  { id: "learning", label: "Learning", aliases: [] },
  { id: "victims", label: "Victims and their families", aliases: [] },
] as const;
export type QaStandardId = (typeof qaStandards)[number]["id"];
export const qaStandardIds = qaStandards.map((standard) => standard.id) as [QaStandardId, ...QaStandardId[]];

/** Ratings with their points (003_953444ce864c2fe1.txt §5.2.1; DOMAIN.md §5.1). */
export const qaRatings = ["Outstanding", "Good", "Requires improvement", "Inadequate"] as const;
export type QaRating = (typeof qaRatings)[number];
export const qaRatingPoints: Readonly<Record<QaRating, number>> = {
  Outstanding: 3,
  Good: 2,
  "Requires improvement": 1,
  Inadequate: 0,
};

export const qaBodies = ["HMPPS SFO Team", "HMI Probation"] as const;
export type QaBody = (typeof qaBodies)[number];

/** Who receives QA feedback (003_953444ce864c2fe1.txt §5.2). */
export const qaFeedbackRecipients = [
  "Head of Operations",
  "Head of PDU",
  "Regional SFO Team manager",
  "SFO SPOC",
] as const;
