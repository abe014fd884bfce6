/** The six cells of a good practice row (DOMAIN.md §2.2.1); `owner` lists identifiers separated by "/". */
export interface GoodPracticeRowFields {
  objective: string;
  sharedWith: string;
  action: string;
  monitoring: string;
  owner: string;
  date: string;
  actionDate?: string | null;
  measureDate?: string | null;
}
