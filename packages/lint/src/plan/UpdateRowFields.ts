/** One row of the action plan update (DOMAIN.md §2.3). */
export interface UpdateRowFields {
  planRowId: string;
  progress: string;
  measurement: string;
  impact: string;
  nextSteps: string;
  /** Complete, Partly complete, Outstanding, Superseded, or "" when not set. */
  status: string;
  revisedDate: string | null;
}
