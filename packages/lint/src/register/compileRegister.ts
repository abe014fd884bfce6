import pii from "../data/piiLexicon.json" with { type: "json" };
import { lookupAcronym } from "../text/acronymDictionary.js";
import type { RegisterEntry } from "../LintContext.js";

/** Which kind of person a register entry is, deciding the PII rule that fires. */
export type PersonKind = "staff" | "victim" | "supervised" | "rm" | "other";

/** A mention of a registered person in a text. */
export interface RegisterHit {
  from: number;
  to: number;
  entry: RegisterEntry;
  kind: PersonKind;
  variant: "full" | "first" | "surname" | "initials";
}

/** The people register compiled once into matchers. */
export interface CompiledRegister {
  entries: readonly RegisterEntry[];
  identifiers: ReadonlySet<string>;
  /** Identifiers of staff flagged for TONE-006 (pronouns unconfirmed or identifiable by gender). */
  pronounSensitive: ReadonlySet<string>;
  find(text: string): RegisterHit[];
}

const COMMON_WORD_NAMES = new Set(pii.commonWordNames);
const STAFF_ID = new RegExp(pii.staffSubjectPattern);

export function personKind(entry: RegisterEntry): PersonKind {
  const role = (entry.role ?? "").toLowerCase();
  if (/victim|partner/.test(role)) return "victim";
  if (/supervised|person on probation|\bsi\b|offender/.test(role)) return "supervised";
  if (/reviewing manager|^rm$/.test(role)) return "rm";
  if (/staff|officer|practitioner|manager|head|spo|qdo|worker/.test(role)) return "staff";
  if (role) return "other";
  if (STAFF_ID.test(entry.identifier) || /^(?:QDO|RM|CM)\d*$/.test(entry.identifier)) return "staff";
  if (/^(?:M[rs]s?|Miss|Mx) [A-Z]$|^(?:Victim|Partner) [A-Z]$|^[A-Z]$/.test(entry.identifier)) return "victim";
  return "other";
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compiles register entries into one matcher for full names, first names, surnames, possessives and initials. */
export function compileRegister(entries: readonly RegisterEntry[] = []): CompiledRegister {
  const variants = new Map<string, { entry: RegisterEntry; variant: RegisterHit["variant"]; ambiguous?: boolean }>();
  const add = (text: string, entry: RegisterEntry, variant: RegisterHit["variant"], ambiguous = false) => {
    if (text.length < 2 || variants.has(text)) return;
    variants.set(text, ambiguous ? { entry, variant, ambiguous } : { entry, variant });
  };
  for (const entry of entries) {
    const parts = entry.name
      .trim()
      .split(/\s+/)
      .filter((p) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/.test(p));
    if (parts.length === 0) continue;
    add(parts.join(" "), entry, "full");
    const first = parts[0]!;
    const last = parts.at(-1)!;
    if (parts.length > 1) {
      add(first, entry, "first");
      add(last, entry, "surname");
      const initials = parts.map((p) => p[0]!.toUpperCase());
      const joined = initials.join("");
      // Initials that are also an acronym ("PS": Priya Shah or the Probation Service) count only where a person is meant.
      add(joined, entry, "initials", !!lookupAcronym(joined));
      add(`${initials.join(".")}.`, entry, "initials");
      add(`${initials.join(". ")}.`, entry, "initials");
      add(`${initials[0]}. ${last}`, entry, "initials");
      add(`${initials[0]} ${last}`, entry, "initials");
    }
  }
  const identifiers = new Set(entries.map((e) => e.identifier));
  const pronounSensitive = new Set(
    entries
      .filter(
        (e) => personKind(e) === "staff" && (e.identifiableByGender || !e.pronouns || /unconfirmed/i.test(e.pronouns)),
      )
      .map((e) => e.identifier),
  );
  const alternatives = [...variants.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu")
    : undefined;
  return {
    entries,
    identifiers,
    pronounSensitive,
    find(text: string): RegisterHit[] {
      if (!pattern) return [];
      const hits: RegisterHit[] = [];
      for (const m of text.matchAll(pattern)) {
        const value = m[0];
        const from = m.index ?? 0;
        const info = variants.get(value);
        if (!info) continue;
        if (info.variant !== "full" && COMMON_WORD_NAMES.has(value) && sentenceInitial(text, from)) continue;
        if (info.variant === "initials" && value.length <= 3 && !/^[A-Z]{2,3}$/.test(value)) continue;
        if (info.ambiguous && !personContext(text, from, from + value.length)) continue;
        hits.push({
          from,
          to: from + value.length,
          entry: info.entry,
          kind: personKind(info.entry),
          variant: info.variant,
        });
      }
      return hits;
    },
  };
}

const PERSON_BEFORE =
  /\b(?:(?:counter)?signed|authori[sz]ed|approved|interviewed|supervised|seen|told|informed|emailed|called|phoned)\s+(?:by\s+)?$|\b(?:met|spoke|spoken)\s+(?:with|to)\s+$/i;
const PERSON_AFTER =
  /^['’]s\s+(?:caseload|workload|line\s+manager|supervision|view|account|assessment)\b|^\s+(?:said|told|stated|explained|signed|countersigned|agreed|confirmed|recalled|reported\s+that|wrote|recorded\s+that|was\s+on\s+leave)\b/i;

/** Whether a token that is also an acronym is used as a person here ("signed by PS", "PS said"). */
function personContext(text: string, from: number, to: number): boolean {
  return PERSON_BEFORE.test(text.slice(Math.max(0, from - 30), from)) || PERSON_AFTER.test(text.slice(to, to + 30));
}

function sentenceInitial(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:^|[.!?:•\n])\s*["'‘“(]?$/.test(before);
}
