import pii from "../data/piiLexicon.json" with { type: "json" };
import { lookupAcronym } from "./acronymDictionary.js";

const ORGANISATIONAL_WORDS = new Set(pii.organisationalMailboxWords);
const TEAM_WORDS = new Set(pii.organisationalMailboxTeamWords);
const ORGANISATIONAL_FRAGMENT = new RegExp(pii.organisationalMailboxFragments.join("|"));

/**
 * Whether a word of a mailbox's local part (lower case) names a team or a function, not a person: "liaison",
 * "alerts", "sfo2", or a service's acronym ("yjs.transitions@"), but not one that stands for a person ("kc").
 */
export function isMailboxTeamWord(word: string): boolean {
  if (ORGANISATIONAL_WORDS.has(word) || TEAM_WORDS.has(word) || ORGANISATIONAL_FRAGMENT.test(word)) return true;
  if (word.length < 3) return false;
  const acronym = lookupAcronym(word.toUpperCase());
  return acronym !== undefined && acronym.initialsOf !== "person";
}

/** Whether a mailbox's local part (lower case) names a team: a fragment such as "sfo" or "team" in it, or one of the words that mark a team ("victim.liaison@"). */
export function namesTeam(local: string, words: readonly string[]): boolean {
  return ORGANISATIONAL_FRAGMENT.test(local) || words.some((word) => ORGANISATIONAL_WORDS.has(word));
}
