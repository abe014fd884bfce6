/** A person in the case's people register (DOMAIN.md §2.0): real name and anonymised identifier. */
export interface RegisterEntry {
  name: string;
  identifier: string;
  /** e.g. "staff", "victim", "supervised individual", "rm", "third party". */
  role?: string;
  /** Confirmed pronouns, e.g. "he/him"; absent or "unconfirmed" when not confirmed (TONE-006). */
  pronouns?: string;
  identifiableByGender?: boolean;
  /** Staff status from the register: "in post", "absent" or "left" (APL-023). */
  status?: string;
  /** The probation region the person works in, when known (APL-018). */
  region?: string;
}

/** A case glossary entry as the linter sees it. */
export interface GlossaryTerm {
  term: string;
  expansion?: string;
}

/** Where a block of text sits in the documents (DOMAIN.md §4.0 scopes), e.g. `review.summary`, `ap.lp.action`. */
export type Scope = string;

/** Everything a lint run may know beyond the text itself. All fields are optional. */
export interface LintContext {
  /** Scope of plain text given to `lintText`; defaults to `review.analysis.events`. */
  scope?: Scope;
  /** The people register; `lintDocument` reads it from the document's `peopleRegister` when absent. */
  register?: RegisterEntry[];
  /** The managing region of the case; `lintDocument` reads it from `caseRecord` when absent (APL-018). */
  region?: string;
  /** Acronyms already spelt out elsewhere or agreed as known to readers (ACR-001 skip list). */
  known?: string[];
  /** The case glossary; `lintDocument` also reads it from the document. ACR-002 runs only when one is known. */
  glossary?: GlossaryTerm[];
  /** Lint the redacted export (`export.shareable`): personal data findings become errors. */
  shareable?: boolean;
  /**
   * Today's date (ISO `YYYY-MM-DD`) for reminders such as UPD-005. Rules never read the clock, so
   * a run is reproducible; without it date reminders are off. Fixed for the life of an incremental linter.
   */
  today?: string;
  /**
   * When the review was submitted to the HMPPS SFO Team (ISO date). The workflow records it, not the
   * documents; UPD-005 counts the six months of the action plan update from it.
   */
  reviewSubmittedDate?: string;
  /**
   * Recommendations of earlier inspection reports (the "Previous recommendation" column of the HMIP
   * progress review, DOMAIN.md §2.8). The response plan schema holds no such list, so the caller gives
   * it; RESP-011 runs only when it is given.
   */
  previousRecommendations?: string[];
  /** Called when a rule throws; the run goes on with a LINT-INTERNAL finding. */
  onInternalError?: (rule: string, error: unknown) => void;
}
