import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii016BankDetails } from "./pii016BankDetails.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };
const spans = (text: string, scope = "review.background") =>
  runBlockRule(pii016BankDetails, text, scope, context)
    .filter((f) => f.rule === "PII-016")
    .map((f) => text.slice(f.from, f.to));

describe("pii016BankDetails (PII-016, heldout36)", () => {
  it.each([
    ["He moved £14,000 out of her account, sort code 00-36-99, account number 00363699.", ["00-36-99", "00363699"]],
    ["Her sort code is 40 18 62 and her a/c no. 1234 5678.", ["40 18 62", "1234 5678"]],
    ["Account number: 87654321 (Nationwide).", ["87654321"]],
    ["Sort code: 20-00-00, account 12345678.", ["20-00-00", "12345678"]],
    // The sort code and the number together after the label (heldout684).
    ["Account 40-96-81 68402231 frozen on 11 March.", ["40-96-81 68402231"]],
    // A comma after the label or inside it (heldout104).
    ["The victim's account number, 31847265, was on a note.", ["31847265"]],
    ["He paid it into his own account, number 72019486.", ["72019486"]],
    // A betting account's number with its letters, a payment card's long number (heldout136).
    ["Betting account number: KR-7730914", ["KR-7730914"]],
    ["Bank card used for the deposit: 4000 0566 5566 5556", ["4000 0566 5566 5556"]],
    // A card's number after "card number" (heldout161).
    ["The full card number, 4929 6003 5531 2286, was read out to the bank.", ["4929 6003 5531 2286"]],
    // A hire account's letters and number (heldout175).
    ["The Zipscoot hire account ZS-118806 was opened with a prepaid card.", ["ZS-118806"]],
  ])("flags %s", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  it.each([
    "He completed course 40-18-62 in May.",
    "Invoice 00363699 was paid on time.",
    "The business rates account is BR-3318204.",
    "The card ending 2286 was cancelled; reference 4929 6003 5531 2286 closed the claim.",
    "The sort code was missing from the form.",
    "His account number was never recorded.",
    "His account 1234 was closed.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
  it("gives a sort code alone as info: a branch's, not a person's (heldout59, 78)", () => {
    const text = "Sort code 04-00-75 belongs to a branch in Ravenhill town centre.";
    const found = runBlockRule(pii016BankDetails, text, "review.background", context);
    expect(found.map((f) => [text.slice(f.from, f.to), f.severity])).toEqual([["04-00-75", "info"]]);
  });
  it("is exempt in the not-for-disclosure column", () => {
    expect(spans("Sort code 00-36-99.", "review.analysis.nfd")).toEqual([]);
  });
});

describe("pii016BankDetails: a membership's or an account's reference after its label (heldout778)", () => {
  it.each([
    ["Account holder: the victim. Account ID ZC-778-55210.", ["ZC-778-55210"]],
    ["06:40 Member swiped in (membership KW-778-4410), studio 2.", ["KW-778-4410"]],
    ["His gym membership was cancelled on 12 March; card number KW-778-6691.", ["KW-778-6691"]],
    // A reference with no label, or a number of members, is no one's.
    ["Disclosure reference ZC-778-55210 was sent on 12 March.", []],
    ["Membership 240 in March, up from 180.", []],
    // A swipe card's reference, named as the card (heldout812).
    ["Swipe log, card DL-812-0441: 14/06/2025 17:42 main pool turnstile.", ["DL-812-0441"]],
    ["Card 4 of 6 was signed.", []],
    ["Account number GP-816-447710 was linked to his e-mail (heldout816).", ["GP-816-447710"]],
    ["Tachograph summary, driver card D821377W, week 24 (heldout821).", ["D821377W"]],
    [
      "Shotgun certificate SGC-824-7716 and firearm certificate FAC 824/0913 (heldout824).",
      ["SGC-824-7716", "FAC 824/0913"],
    ],
    ["Seaman's discharge book EE825114 was held by the master (heldout825).", ["EE825114"]],
    ["Job card JC-889-314: fit pillion footrests to a customer bike (heldout889).", []],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
