import data from "../data/acronyms.json" with { type: "json" };

/** One entry of the §4.2.1 acronym dictionary. */
export interface AcronymEntry {
  forms: string[];
  expansion: string;
  meanings?: string[];
  ambiguity?: string;
  /** "person": a short, local abbreviation that a registered person's initials outrank ("RC" for Rosa Cole). */
  initialsOf?: "person";
}

const entries = data.entries as AcronymEntry[];
const byForm = new Map<string, AcronymEntry>();
for (const entry of entries) for (const form of entry.forms) byForm.set(form, entry);
// Mixed-case forms written all in capitals ("VISOR", "OASYS", "ROSH"): the same acronym.
const byCapitals = new Map<string, AcronymEntry>();
for (const entry of entries)
  for (const form of entry.forms) if (form !== form.toUpperCase()) byCapitals.set(form.toUpperCase(), entry);
const ALL_CAPITALS = /^[A-Z][A-Z0-9-]{2,}$/;
const allowlist = new Set(data.allowlist);
/** Ordinary words written in capitals for emphasis or as headings ("NOT", "HIGH"): not acronyms. */
const capitalisedWords = new Set(data.capitalisedWords);
/** Staff and action-plan row identifiers (PP1, SPO2, PDU1, LP1, GP1): names in the review, not acronyms. */
const identifier = new RegExp(data.identifierPattern);

/** The dictionary entry for an acronym form, trying the singular of a plural ("RMPs") and a mixed-case form in capitals ("VISOR"). */
export function lookupAcronym(form: string): AcronymEntry | undefined {
  return (
    byForm.get(form) ??
    (form.endsWith("s") ? byForm.get(form.slice(0, -1)) : undefined) ??
    (ALL_CAPITALS.test(form) && !byForm.has(form) ? byCapitals.get(form) : undefined)
  );
}

/** Canonical key of an acronym form: the dictionary's first form, or the form without a plural "s". */
export function acronymKey(form: string): string {
  const entry = lookupAcronym(form);
  if (entry) return entry.forms[0]!;
  return /^[A-Z0-9-]+s$/.test(form) ? form.slice(0, -1) : form;
}

/** Whether a word in capitals is an ordinary word ("NOT", "HIGH", "ME"). */
export function isCapitalisedWord(word: string): boolean {
  return capitalisedWords.has(word);
}

const prisonNameParts = new Set(data.prisonNameParts);
// "HMP & YOI Brackenford", "HMP/YOI Brackenford", "Wetherby YOI": part of an establishment's name, read as a name;
// "The YOI", "the YJS and YOI" are not.
const PRISON_NAME_AFTER = /^\s*(?:[&/]\s*|and\s+)?\p{Lu}/u;
const PRISON_NAME_BEFORE = /(?<![\p{L}])(?!(?:The|A|An|This|That|Our|His|Her|Their|Its)\s)\p{Lu}\p{Ll}[\p{L}'’]*\s+$/u;

/** Whether `form` at `from`–`to` is part of a prison's name ("HMP Leeds"); bare ("served it in a YOI") it is an acronym like any other. */
export function inPrisonName(text: string, form: string, from: number, to: number): boolean {
  return (
    prisonNameParts.has(form) &&
    (PRISON_NAME_AFTER.test(text.slice(to, to + 6)) ||
      PRISON_NAME_BEFORE.test(text.slice(Math.max(0, from - 30), from)))
  );
}

/** Whether `form` is an acronym readers meet as one whatever the register says (PS, MC), not a person's initials (KC, DJ). */
export function isStrongAcronym(form: string): boolean {
  const entry = lookupAcronym(form);
  return entry !== undefined && entry.initialsOf !== "person";
}

export function isAllowlistedAcronym(form: string): boolean {
  return allowlist.has(form) || capitalisedWords.has(form) || identifier.test(form);
}

/** Whether a token is shaped like an acronym (DOMAIN.md §4.2 ACR-001: OASys, RoSH, RM2000, R-CAT, RMPs). */
export function isAcronymShaped(token: string): boolean {
  if (byForm.has(token)) return true;
  // Counted with char codes: this runs on every word of every block, and match() arrays were the main garbage of a keystroke.
  let upper = 0;
  let lower = 0;
  let digits = 0;
  const end = token.length > 1 && token.endsWith("s") && /^[A-Z0-9-]+s$/.test(token) ? token.length - 1 : token.length;
  for (let i = 0; i < end; i++) {
    const c = token.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) {
      lower++;
      // Most words are lower case: stop once the capitals left could no longer outnumber the small letters.
      if (lower > upper + (end - i - 1)) return false;
    } else if (c >= 48 && c <= 57) digits++;
  }
  if (upper < 2 || lower > upper) return false;
  if (/^\d/.test(token) || /^(?:Mc|Mac|O['’])/.test(token) || /^[IVX]+$/.test(token)) return false;
  if (digits >= 3) return false;
  if (lower === 0 && upper >= 7) return false;
  const core = end === token.length ? token : token.slice(0, end);
  return !/[./]/.test(core);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The nearest dictionary form of an unknown acronym, if it is a likely typo ("HMMPS" → "HMPPS"). */
export function nearestAcronym(form: string): string | undefined {
  let best: string | undefined;
  let bestDistance = form.length >= 5 ? 2 : 1;
  for (const known of byForm.keys()) {
    if (Math.abs(known.length - form.length) > 1) continue;
    const d = editDistance(form.toUpperCase(), known.toUpperCase());
    if (d <= bestDistance && (d < bestDistance || !best)) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}
