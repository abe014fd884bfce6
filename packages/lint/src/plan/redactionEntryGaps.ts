import type { RedactionEntryFields } from "./RedactionEntryFields.js";

/** What a redaction log entry still lacks before the review can be shared (PII-021). */
export type RedactionGapKind = "argumentsFor" | "argumentsAgainst" | "decision" | "signOff" | "signOffDate";

export interface RedactionEntryGap {
  kind: RedactionGapKind;
  /** The entry field a finding is shown on. */
  field: "gist" | "argumentsFor" | "argumentsAgainst";
  message: string;
}

/**
 * The gaps of one entry: 003 §7.2 asks for "the arguments for and against withholding", a recorded
 * decision, and that "all exemptions and the rationale for them must be signed off by a senior manager
 * before the review is shared more widely".
 */
export function redactionEntryGaps(entry: RedactionEntryFields): RedactionEntryGap[] {
  const gaps: RedactionEntryGap[] = [];
  if (!entry.argumentsFor.trim())
    gaps.push({
      kind: "argumentsFor",
      field: "argumentsFor",
      message: "Record the arguments for withholding this information.",
    });
  if (!entry.argumentsAgainst.trim())
    gaps.push({
      kind: "argumentsAgainst",
      field: "argumentsAgainst",
      message: 'Record the arguments against withholding this information (write "None" if there are none).',
    });
  if (!entry.decision)
    gaps.push({
      kind: "decision",
      field: "gist",
      message: "Record the decision: withhold, share or share in summary.",
    });
  if (!entry.signedOffBy.trim())
    gaps.push({
      kind: "signOff",
      field: "gist",
      message: "A senior manager must sign off this entry before the review is shared.",
    });
  else if (!entry.signedOffDate)
    gaps.push({ kind: "signOffDate", field: "gist", message: "Record the date of the senior manager's sign-off." });
  return gaps;
}
