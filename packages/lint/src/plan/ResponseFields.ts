/** One action row of a recommendation: its text, owners (job titles) and target date. */
export interface ResponseActionFields {
  /** Field name of the row, `action.<n>`. */
  field: string;
  text: string;
  owners: string[];
  targetDate: string | null;
  targetText: string;
}

/** A recommendation of an HMPPS response plan with its category and rows (DOMAIN.md §2.7). */
export interface ResponseFields {
  number: number | null;
  /** Agreed, Partly Agreed, Not Agreed, or "" when not set. */
  category: string;
  inPrinciple: boolean;
  /** Marked as a repeat of an earlier recommendation (the `repeat` attribute; RESP-011). */
  repeat?: boolean;
  reasonCategories: string[];
  recommendation: string;
  actions: ResponseActionFields[];
  explanations: { field: string; text: string }[];
}
