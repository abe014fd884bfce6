/** The six cells of a learning row as text (DOMAIN.md §2.2.2); `owner` lists identifiers separated by "/" "," or "&". */
export interface LearningRowFields {
  objective: string;
  whoFor: string;
  action: string;
  measure: string;
  owner: string;
  date: string;
  /** Structured dates from the document, when known (ISO strings). */
  actionDate?: string | null;
  measureDate?: string | null;
}
