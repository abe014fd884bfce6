/** Levels a learning action can be aimed at (002_c93561fd931adb89.txt, Guidance Template). */
export const whoForLevels = ["Individual", "Team", "PDU", "Region", "National"] as const;
export type WhoForLevel = (typeof whoForLevels)[number];

/** Levels good practice can be shared with: never just the individual (DOMAIN.md §2.2.1, APG-003). */
export const sharedWithLevels = ["Team", "PDU", "Region", "National"] as const;
export type SharedWithLevel = (typeof sharedWithLevels)[number];
