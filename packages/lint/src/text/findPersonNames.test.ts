import { describe, expect, it } from "vitest";
import { findPersonNames } from "./findPersonNames.js";
import { TextBlock } from "./TextBlock.js";

const names = (text: string) => findPersonNames(new TextBlock(text)).map((c) => c.text);

describe("findPersonNames", () => {
  it.each([
    ["The housing officer, Tobias Fenwright, wrote to him twice.", "Tobias Fenwright"],
    ["The psychiatrist, Adaeze Nwosu, was not contacted.", "Adaeze Nwosu"],
    ["Bartholomew Ainsley-Crouch, a neighbour, called the police.", "Bartholomew Ainsley-Crouch"],
    ["He said he was sleeping at the flat of a man he knew only as Dazza.", "Dazza"],
    ["She referred to him as Kez throughout the interview.", "Kez"],
    ["He gave his new girlfriend's name as Tamsin.", "Tamsin"],
  ])("finds a name by its role or naming cue in %s", (text, name) => {
    expect(names(text)).toContain(name);
  });
  it("finds both names before a shared appositive", () => {
    expect(names("Yusuf Adebola and Keira Lomax, two hostel residents, were interviewed.")).toEqual([
      "Yusuf Adebola",
      "Keira Lomax",
    ]);
  });
  it.each([
    ["DS Harriet Quinlan took the statement.", "DS Harriet Quinlan"],
    ["Detective Sergeant Pym attended the strategy meeting.", "Detective Sergeant Pym"],
    ["Revd Okonjo visited him in custody.", "Revd Okonjo"],
  ])("finds police ranks and other titles in %s", (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each([
    "There were three cancelled appointments in June.",
    "Nothing was done until April.",
    "The referral went to 7 Paddock Walk, near St Agnes Court.",
    "He moved to the Rose Lane estate in the spring.",
    "He paid for Sky Sports to stay in at night.",
    "The hostel on Robin Hood Way closed.",
    "The duty officer, Anytown Police, took the call.",
    "Calder Valley, an area where his friend lived, was excluded.",
    "Anytown Borough Council, the local authority, did not reply.",
    "PP1 and SPO2, the case managers, met weekly.",
    "Mark the date of each missed appointment.",
    "Grace days were not part of the policy.",
    "The victim was referred to as Ms B throughout.",
  ])("finds no name in %s", (text) => {
    expect(names(text)).toEqual([]);
  });
});
