import pii from "../data/piiLexicon.json" with { type: "json" };
import { isStrongAcronym } from "./acronymDictionary.js";

const ORGANISATIONAL_WORDS = new Set(pii.organisationalMailboxWords);
const TEAM_WORDS = new Set(pii.organisationalMailboxTeamWords);
const ORGANISATIONAL_LOCAL_PARTS: ReadonlySet<string> = new Set(pii.organisationalMailboxLocalParts);

/** Whether a mailbox's whole local part (lower case) is one an organisation uses: "deliveries@", "bookings@". */
export function isOrganisationalLocalPart(local: string): boolean {
  return ORGANISATIONAL_LOCAL_PARTS.has(local);
}
const ORGANISATIONAL_FRAGMENT = new RegExp(pii.organisationalMailboxFragments.join("|"));

/** Whether a word of a mailbox's local part (lower case) names a team or a function, not a person: "liaison", "alerts", "sfo2". */
export function isMailboxTeamWord(word: string): boolean {
  return ORGANISATIONAL_WORDS.has(word) || TEAM_WORDS.has(word) || ORGANISATIONAL_FRAGMENT.test(word);
}

/**
 * Whether a word of a mailbox's local part is a service's acronym ("yjs" of "yjs.transitions@"). Alone it may be a
 * person's three initials ("jnp@", "rmp@"): it names a team only beside a team word.
 */
export function isServiceAcronym(word: string): boolean {
  return word.length >= 3 && isStrongAcronym(word.toUpperCase());
}

/** Whether a mailbox's local part (lower case) names a team: a fragment such as "sfo" or "team" in it, or one of the words that mark a team ("victim.liaison@", "cmht.saltbeck@"). */
export function namesTeam(local: string, words: readonly string[]): boolean {
  return ORGANISATIONAL_FRAGMENT.test(local) || words.some((word) => ORGANISATIONAL_WORDS.has(word));
}

const UK_PLACES: ReadonlySet<string> = new Set(pii.ukPlaces.map((place) => place.toLowerCase()));
const TOWN_ENDING = new RegExp(`(?:${pii.townEndings.join("|")})$`);
// Welsh towns are named by their beginnings: "caerwen", "llanfair", "aberteifi".
const TOWN_BEGINNING = new RegExp(`^(?:${pii.townBeginnings.join("|")})`);

/**
 * Whether a word of a mailbox's local part (lower case) is a town's name: a listed UK place ("ely") or a town's shape
 * ("dunsmere", "caerwen").
 */
export function isTownName(word: string): boolean {
  // A listed place may be short ("ely", "ayr"); a town's shape needs five letters, or "hampton" would make "ham" one.
  return (
    (word.length >= 3 && UK_PLACES.has(word)) ||
    (word.length > 4 && (TOWN_ENDING.test(word) || TOWN_BEGINNING.test(word)))
  );
}
