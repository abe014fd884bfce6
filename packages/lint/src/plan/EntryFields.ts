/** The cells of one analysis entry (DOMAIN.md §2.1.5) and whether a plan row links to it. */
export interface EntryFields {
  events: string;
  judgement: string;
  learning: string;
  /** The not-for-disclosure column (PII-019); absent where a caller has no NFD column to give. */
  nfd?: string;
  /** A learning or good practice row names this entry as its finding (JUDG-007). */
  linked: boolean;
}
