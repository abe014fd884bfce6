import type { Severity } from "./Finding.js";

/** One rule of DOMAIN.md §4: its family, default severity and the guidance it rests on. */
export interface RuleInfo {
  family: string;
  title: string;
  severity: Severity;
  guidance: string;
}

const r = (family: string, title: string, severity: Severity, guidance: string): RuleInfo => ({
  family,
  title,
  severity,
  guidance,
});

/** The rule ids this package implements, in one place. Severities are defaults; scope may lower or raise them. */
export const ruleCatalogue = {
  "LANG-001": r("LANG", "Passive voice", "warning", "003 §3.4.4: use the active, rather than passive, voice"),
  "LANG-002": r("LANG", "Sentence or paragraph too long", "info", "003 §3.4.4: clear and concise"),
  "LANG-003": r("LANG", "Professional term without explanation", "warning", "003 §3.4.4, §4: explain key terms"),
  "LANG-004": r("LANG", "Detail about OASys sections", "warning", "003 §3.4.4: avoid numbered OASys sections"),
  "LANG-005": r(
    "LANG",
    "Detached description of the offence",
    "warning",
    "003 §3.4.4: avoid 'the commission of the offence'",
  ),
  "LANG-006": r("LANG", "Graphic detail about the offence", "info", "003 §3.4.4: factual, no unnecessary detail"),
  "LANG-007": r("LANG", "Term for the person on probation", "info", "003 throughout: 'supervised individual'"),
  "LANG-008": r("LANG", "Organisation name not consistent", "info", "000/004: Her/His Majesty's"),
  "LANG-009": r("LANG", "Misspelt fixed term", "info", "000 Rec 9; 004 Rec 4"),
  "ACR-001": r("ACR", "Acronym not spelt out at first use", "warning", "003 §3.4.4: spell acronyms out the first time"),
  "ACR-002": r("ACR", "Acronym missing from the case glossary", "warning", "003 §3.4.4, §4: include in the glossary"),
  "ACR-003": r("ACR", "Glossary entry not used", "info", "003 §4: remove terms not used"),
  "ACR-004": r("ACR", "Ambiguous acronym", "info", "000/003/004: HMIP has two meanings"),
  "ACR-005": r("ACR", "Inconsistent form of a term", "info", "DOMAIN §4.2 ACR-005"),
  "ACR-006": r("ACR", "Unknown acronym", "warning", "000 Rec 9: HMMPS"),
  "RISK-001": r("RISK", "'risk' without saying risk of what", "warning", "003 §3.4.4: 'risk' requires qualification"),
  "RISK-002": r("RISK", "Non-standard RoSH level", "info", "001 'Risk assessment practice', footnote 16"),
  "TONE-001": r("TONE", "'failed to'", "warning", "003 §3.4.1: 'PP1 did not...' rather than 'PP1 failed to'"),
  "TONE-002": r("TONE", "Routine use of 'failings'", "info", "003 §3.4.4: do not routinely refer to 'failings'"),
  "TONE-003": r("TONE", "Emotive word about practice", "info", "003 §3.4.4: measured and not unnecessarily emotive"),
  "TONE-004": r("TONE", "Blame for the offence", "warning", "003 §5.1, §9: learning rather than apportioning blame"),
  "TONE-005": r(
    "TONE",
    "Impersonal or blaming reference to a victim",
    "info",
    "003 §3.4.4: do not add to victims' distress",
  ),
  "TONE-006": r("TONE", "Gendered pronoun for staff", "info", "003 §3.4.4, 'Referring to staff'"),
  "HIND-001": r("HIND", "Hindsight language", "warning", "003 §3.4.1: avoid hindsight bias"),
  "HIND-002": r("HIND", "Counterfactual claim about the SFO", "warning", "003 §9: risk cannot be totally eliminated"),
  "JUDG-001": r("JUDG", "Hedged judgement", "info", "003 §3.4.2: judgements must be definitive"),
  "JUDG-002": r("JUDG", "Deficit without impact or significance", "info", "003 §3.4.4, 'Impact and significance'"),
  "JUDG-003": r("JUDG", "Analysis entry with no judgement", "warning", "003 §3.4.2"),
  "JUDG-004": r("JUDG", "Deficit without underlying reasons", "warning", "003 §3.4.1: the 'why?'"),
  "JUDG-005": r("JUDG", "Workload given without evidence", "info", "003 §3.4.1: WMT figures"),
  "PII-001": r("PII", "Staff named instead of an identifier", "warning", "003 §3.4.4 'Referring to staff'; §7.2"),
  "PII-002": r("PII", "Owner given by name", "error", "002 Owner: role, not name"),
  "PII-003": r("PII", "Victim named", "warning", "003 §3.4.4: initials or further anonymised"),
  "PII-004": r("PII", "Supervised individual named in the shareable copy", "error", "003 §3.4.4; §7.2"),
  "PII-005": r("PII", "Prison named", "warning", "003 §7.2: refer to prisons generically"),
  "PII-006": r("PII", "Date of birth", "warning", "003 §2.1, §7.1-7.2"),
  "PII-007": r("PII", "Address or postcode", "warning", "003 §2.1, §7.2"),
  "PII-008": r("PII", "Phone number", "warning", "003 §7.2"),
  "PII-009": r("PII", "Email address", "warning", "003 §7.2"),
  "PII-010": r("PII", "National Insurance number", "warning", "[inferred]"),
  "PII-011": r(
    "PII",
    "Police or probation case identifier",
    "warning",
    "003 §2.1 (CRN); PNC, CRO, prison numbers [inferred]",
  ),
  "PII-012": r("PII", "SFO reference containing the surname", "info", "003 §2.3"),
  "PII-013": r("PII", "Medical information", "warning", "003 §7.2: medical information rarely proportionate"),
  "PII-015": r("PII", "Staff personal circumstances", "warning", "003 §7.2: remove personal matters of staff"),
  "PII-016": r("PII", "Third-party or unregistered person named", "warning", "003 §7.2"),
  "PII-018": r("PII", "Reviewing manager named", "info", "003 §7.2: the RM's name can be redacted"),
  "PII-019": r("PII", "NFD content without a disclosable summary", "warning", "003 Appendix 4, Victims"),
  "APL-001": r("APL", "Objective is a label", "warning", "002 'Area for improvement'"),
  "APL-002": r("APL", "'Who the action is for' missing or invalid", "error", "002 Guidance Template"),
  "APL-003": r("APL", "Action only repeats existing requirements", "warning", "002 'Action required'; 003 §3.4.3"),
  "APL-004": r("APL", "Monitoring-only action", "warning", "002 'Action required', last paragraph"),
  "APL-005": r("APL", "Measure missing", "error", "002 'How improvements ... measured'"),
  "APL-006": r("APL", "Attendance used as the measure", "error", "003 §3.4.3: attendance is an action, not a measure"),
  "APL-007": r("APL", "Audit without a number of cases", "warning", "003 §3.4.3; Appendix 4 D2"),
  "APL-008": r("APL", "Audit without a stated focus", "info", "002: what audits are expected to evidence"),
  "APL-009": r("APL", "Measure without a timescale", "warning", "002: timescales in the final column"),
  "APL-010": r("APL", "Owner missing", "error", "002 Owner"),
  "APL-011": r("APL", "Owner given by name", "error", "002 Owner: role, not name"),
  "APL-012": r("APL", "Owner list incomplete", "warning", "002 Owner: who measures impact"),
  "APL-013": r("APL", "Date missing or vague", "warning", "002 'Date for completion'"),
  "APL-014": r(
    "APL",
    "Action and measurement dates not separated",
    "info",
    "002 Guidance Template: break down timescales",
  ),
  "APL-015": r("APL", "Date logic", "error", "002 example row 1 [product]"),
  "APL-016": r("APL", "Action given to another agency", "error", "002 'Learning related to ... other agencies'"),
  "APL-017": r("APL", "National learning without policy-owner agreement", "warning", "002 'Who is the action for'"),
  "APL-019": r("APL", "Plan aimed only at the individual", "warning", "002 Guidance Template"),
  "APL-020": r("APL", "Too many learning points", "info", "002 'Who is the action for'"),
  "APL-024": r("APL", "Row does not stand alone", "info", "002: the plan works as a standalone document"),
  "APL-025": r("APL", "No fallback if the measure shows no change", "info", "002 'How improvements ... measured'"),
  "APG-001": r("APG", "Vague good-practice objective", "warning", "002 'Good practice - outcome focused objective'"),
  "APG-002": r("APG", "'Shared with' missing or invalid", "error", "002 'Who the action will be shared with'"),
  "APG-003": r("APG", "Sharing is only feedback to the individual", "warning", "003 §3.4.3"),
  "APG-004": r("APG", "Expected practice presented as good practice", "warning", "003 §3.4.3; Appendix 4 D1"),
  "APG-005": r("APG", "Owners incomplete", "warning", "002 Good Practice, Owner"),
  "APG-006": r("APG", "Monitoring column empty", "info", "002"),
  "APG-007": r("APG", "Date missing or vague", "warning", "002 'Date for completion of action'"),
  "UPD-002": r("UPD", "Outstanding action without timescale or reason", "error", "003 §6"),
  "UPD-003": r("UPD", "Completion without impact", "warning", "002; 003 §6"),
  "RESP-001": r("RESP", "Category value", "error", "000/004 categorisation tables"),
  "RESP-002": r("RESP", "Partly or Not Agreed without a reason category", "error", "000/004 categorisation table"),
  "RESP-004": r("RESP", "Agreed with no owned, dated action", "error", "000/004 Introduction"),
  "RESP-005": r("RESP", "Owner is a name or unknown role", "error", "000/004 owner columns"),
  "RESP-006": r("RESP", "Target date format", "error", "categorisation table: Time-bound"),
  "RESP-008": r("RESP", "Vague commitment", "info", "categorisation table: specific enough to track"),
  "LINT-INTERNAL": r("LINT", "A lint rule failed", "info", "internal"),
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof ruleCatalogue;

/** Catalogue entry of a rule id; every finding's rule is in the catalogue. */
export function ruleInfo(rule: string): RuleInfo | undefined {
  return (ruleCatalogue as Record<string, RuleInfo>)[rule];
}
