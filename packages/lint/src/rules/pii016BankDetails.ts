import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { allMatches } from "../engine/allMatches.js";
import { piiSeverity } from "./piiSeverity.js";

// Bank details, named as such: "sort code 00-36-99", "account number 00363699", "a/c no. 12345678", "his own
// account, number 72019486", "the hire account ZS-118806", "Account 40-96-81 68402231" (sort code and number). Only after their
// label: a course code or an invoice can have the same shape ("course 40-18-62").
const SORT_CODE = /\b(?:[Ss]ort\s+code|S\/C)\s*(?:is|was|of)?\s*:?\s*(\d{2}[-\s]?\d{2}[-\s]?\d{2})(?![\d-])/g;
const ACCOUNT_NUMBER =
  /\b(?:[Aa]ccount(?:,?\s+(?:number|no\.?))?|[Aa]\/[Cc](?:\s+(?:number|no\.?))?)\s*(?:is|was|of)?\s*[:,]?\s*(\d{2}-\d{2}-\d{2}\s\d{8}|\d{8}|\d{4}\s\d{4}|(?<=(?:number|no\.?)\s*:?\s*)[A-Z]{1,3}-?\d{6,10}(?![\dA-Za-z])|(?<=(?:number|no\.?)\s*:?\s*)[A-Z]{1,3}-\d{2,4}-\d{4,8}(?![\dA-Za-z-])|(?<=[Aa]ccount\s)[A-Z]{1,3}-\d{6,10}(?![\dA-Za-z]))(?!\d)/g;
// A payment card's long number after its label: "Bank card used for the deposit: 4000 0566 5566 5556", "The full card
// number, 4929 6003 5531 2286,".
const CARD_NUMBER =
  /\b(?:(?:[Bb]ank|[Dd]ebit|[Cc]redit|[Pp]ayment)\s+card\b|[Cc]ard\s+(?:number|no\.?|details)\b)[^.\n\d]{0,30}?(\d{4}[\s-]?\d{4}[\s-]?\d{4}[\s-]?\d{4})(?!\d)/g;
// A membership's or an account's own reference after its label: "Account ID ZC-778-55210", "membership KW-778-4410",
// "card number KW-778-6691", "swipe log, card DL-812-0441", "driver card D821377W", "discharge book EE825114",
// "Shotgun certificate SGC-824-7716", "firearm certificate FAC 824/0913"; not a job card's number ("Job card JC-889-314").
// Letters, then digits: a sixteen-digit payment card is the pattern above's.
const MEMBERSHIP_NUMBER =
  /\b(?:[Aa]ccount\s+ID|[Mm]embership(?:\s+(?:number|no\.?|card|ID))?|[Mm]ember\s+(?:number|no\.?|ID)|[Cc]ard\s+(?:number|no\.?))\s*(?:is|was)?\s*[:,]?\s*([A-Z]{1,3}-?\d{2,4}-\d{3,6}|[A-Z]{1,3}\d{5,10})(?![\dA-Za-z-])|(?<!\b(?:[Jj]ob|[Ss]core|[Rr]eport|[Tt]ime|[Rr]ate|[Ss]ervice)\s+)\b[Cc]ard\s+([A-Z]{1,3}-\d{2,4}-\d{3,6})(?![\dA-Za-z-])|\b[Dd]river\s+card\s+(?:number\s+)?([A-Z]{1,3}\d{5,10}[A-Z]?)(?![\dA-Za-z-])|\b(?:[Dd]ischarge\s+book|(?:[Ss]hotgun|[Ff]irearms?)\s+certificate|FAC|SGC)\s+(?:number\s+|no\.?\s+)?((?:FAC\s+|SGC\s+)?[A-Z]{0,3}[- ]?\d{3,6}[/-]\d{3,5}|[A-Z]{1,3}\d{5,8})(?![\dA-Za-z-])/g;

/**
 * PII-016 (identifying details of a third party, DOMAIN.md §4.7): a bank sort code or account number, as quoted in
 * financial abuse or debt. Whoever holds the account, the numbers identify them and are never needed in a review.
 */
export const pii016BankDetails: BlockRule = {
  ids: ["PII-016"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    const { text } = block;
    const accounts = [...allMatches(ACCOUNT_NUMBER, text)];
    // A sort code alone names a branch that thousands bank at; beside an account number the two name one account.
    const sortCodeSeverity = accounts.length > 0 ? severity : "info";
    return [
      ...[...allMatches(SORT_CODE, text)].map((m) => [m, sortCodeSeverity] as const),
      ...accounts.map((m) => [m, severity] as const),
      ...[...allMatches(CARD_NUMBER, text)].map((m) => [m, severity] as const),
      ...[...allMatches(MEMBERSHIP_NUMBER, text)].map((m) => [m, severity, "reference"] as const),
    ]
      .map(([m, level, kind]) => {
        const value = m[1] ?? m[2] ?? m[3] ?? m[4]!;
        const from = (m.index ?? 0) + m[0].lastIndexOf(value);
        return createFinding(
          "PII-016",
          level,
          text,
          from,
          from + value.length,
          level === "info"
            ? "Sort code: a branch's, not a person's, but not needed in a review."
            : kind === "reference"
              ? "A membership, card, licence or certificate number singles its holder out: remove it from the review."
              : "Bank details: remove the sort code and account number; say what the money was, not where it was held.",
        );
      })
      .sort((a, b) => a.from - b.from);
  },
};
