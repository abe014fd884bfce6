/**
 * Versions of the SFO review format a case can be written under (DOMAIN.md §1 "Format history",
 * §7.3 point 1). The analysis period rule differs between them, so a case records its version.
 */
export const reviewTemplateVersions = ["annex-d-2022", "annex-d-2024-six-month", "pilot-2025"] as const;
export type ReviewTemplateVersion = (typeof reviewTemplateVersions)[number];
export const currentReviewTemplateVersion: ReviewTemplateVersion = "annex-d-2024-six-month";

export const reviewTemplateVersionLabels: Readonly<Record<ReviewTemplateVersion, string>> = {
  "annex-d-2022": "Annex D (2022)",
  "annex-d-2024-six-month": "Annex D revised January 2024 (six-month analysis)",
  "pilot-2025": "Pilot format 2025",
};
