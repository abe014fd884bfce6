import { describe, expect, it } from "vitest";
import { mayNameSomeone } from "./mayNameSomeone.js";
import { TextBlock } from "./TextBlock.js";

const may = (text: string) => mayNameSomeone(new TextBlock(text));

describe("mayNameSomeone", () => {
  it.each([
    "PP1 completed the assessment on 14/03/2023 and shared it with SPO2.",
    "Mr K attended 11 of 14 appointments between January and June. The assessment did not consider the risk to Ms B. The home visit was cancelled.",
    "The risk management plan (RMP) was not updated after the arrest in May.",
    "Police checks were requested but the results were not chased.",
    "The workload management tool showed 140% for PP1 in March.",
    "W2 told the victim's sister that the follow-up visit was booked.",
    // A word half typed, or misspelt, in a sentence written with capitals.
    "PP1 completed the assessment and shared it with SPO2. The recor",
    "The home visit was cancelld and was not rearranged.",
  ])("lets the name finder skip %s", (text) => {
    expect(may(text)).toBe(false);
  });

  it.each([
    // A word opening a sentence may be a nickname; a reviewer's initials carry a number too.
    "Concord told the committee that the council would fund extra lighting.",
    "Will rang the office.",
    "Comment [LS1] 16/05/2025: say prison.",
    // Lower-case names in messages, quotation marks, handles and names in the middle of a sentence.
    "tomi where u at",
    "spoke to gary at the hostel",
    "Home visit. mr breen rang the office",
    'He was known as "tank" on the estate.',
    "The account @quietriver posted twice.",
    "PP1 spoke to Kerry about the visit.",
    "The letter arrived in April and was read by Ms Okafor.",
    "The review began in May when Dawn rang the office.",
  ])("sends %s to the name finder", (text) => {
    expect(may(text)).toBe(true);
  });
});
