/**
 * Categories of an HMPPS response to a recommendation (000_3e154c21d32457a5.txt and
 * 004_1eb7ba0e14158a96.txt, categorisation table). "Agreed in principle" is not defined in the
 * seeds (DOMAIN.md §7.3 point 5): it is stored as Agreed with `inPrinciple` set, and counted as Agreed.
 */
export const responseCategories = ["Agreed", "Partly Agreed", "Not Agreed"] as const;
export type ResponseCategory = (typeof responseCategories)[number];

/** Reasons a recommendation is not fully agreed; one is required unless Agreed. */
export const responseReasonCategories = ["commissioning", "policy", "operational", "affordability"] as const;
export type ResponseReasonCategory = (typeof responseReasonCategories)[number];

export const responseCategoryDefinitions = {
  version: "hmpps-response-2025",
  categories: [
    {
      category: "Agreed",
      definition: "All of the recommendation is agreed with, can be achieved and is affordable.",
      mustContain: "How the recommendation will be achieved, with SMART actions and timescales.",
    },
    {
      category: "Partly Agreed",
      definition: "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented.",
      mustContain:
        "Which part will be implemented, with SMART actions, and why the rest cannot be agreed: commissioning, policy, operational or affordability reasons.",
    },
    {
      category: "Not Agreed",
      definition: "The recommendation is not agreed and will not be implemented.",
      mustContain: "The reasons, naming commissioning, policy, operational or affordability.",
    },
  ],
} as const;

/** Target-date words seen in published response plans; kept as text beside the date. */
export const responseTargetStatusWords = [
  "Completed",
  "Complete",
  "Completed and ongoing",
  "Completed and monthly",
  "Ongoing",
] as const;
