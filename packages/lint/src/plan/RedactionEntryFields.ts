/** One redaction log entry (Annex I; DOMAIN.md §2.4) as the PII-021 checks read it. */
export interface RedactionEntryFields {
  id: string;
  location: string;
  /** The analysis entry whose not-for-disclosure content this entry covers, if any. */
  entryId: string | null;
  decision: string | null;
  signedOffBy: string;
  signedOffDate: string | null;
  gist: string;
  argumentsFor: string;
  argumentsAgainst: string;
}
