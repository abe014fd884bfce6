/** Probation regions that manage SFO reviews, plus the National Security Division (DOMAIN.md §2.0). */
export const managingRegions = [
  "Yorkshire and the Humber",
  "Greater Manchester",
  "London",
  "West Midlands",
  "East Midlands",
  "Wales",
  "North West",
  "Kent, Surrey and Sussex",
  "East of England",
  "North East",
  "South West",
  "South Central",
  "National Security Division",
] as const;
export type ManagingRegion = (typeof managingRegions)[number];
