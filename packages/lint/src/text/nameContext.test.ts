import { describe, expect, it } from "vitest";
import {
  animalNameAt,
  isMonthUse,
  nationalityOrPrefixedWord,
  partOfOtherProperNoun,
  personFollows,
  speakerLabelAt,
  townUsedAt,
} from "./nameContext.js";

/** Offsets of `word` in `text` (first occurrence). */
const at = (text: string, word: string) => {
  const from = text.indexOf(word);
  return [text, from, from + word.length] as const;
};

describe("isMonthUse", () => {
  it.each([
    ["The hostel place ended in June.", "June"],
    ["Nothing was chased until April, when PP2 returned.", "April"],
    ["The review was signed on 9 May.", "May"],
    ["Contact stopped in early August.", "August"],
    ["July 2021 was the last home visit.", "July"],
    ["Nothing new was in the June supervision notes.", "June"],
    ["Her May appointment was cancelled.", "May"],
    ["The home visit planned for April never happened.", "April"],
    ["The keywork file has no entry for April.", "April"],
  ])("reads %s as a month", (text, word) => {
    expect(isMonthUse(...at(text, word))).toBe(true);
  });
  it.each([
    ["June told the hostel she was leaving.", "June"],
    ["PP2 asked April whether the children were safe.", "April"],
    ["Grace told PP2 nothing.", "Grace"],
    ["PP1 told her June had already left the hostel.", "June"],
    ["He bought a card for April.", "April"],
  ])("does not read %s as a month", (text, word) => {
    expect(isMonthUse(...at(text, word))).toBe(false);
  });
});

describe("personFollows", () => {
  it.each([
    ["Hope's diary was full that week.", "Hope"],
    ["Frank phoned the hostel twice.", "Frank"],
    ["Guy drove him to the appointment.", "Guy"],
    ["Dawn had not been told about the release.", "Dawn"],
    ["Mark says the letter never arrived.", "Mark"],
    ["Faith was unaware of the licence conditions.", "Faith"],
    ["Sharp was on leave when the referral came in.", "Sharp"],
    ["Sterling is off sick this week.", "Sterling"],
    ['SPO1 wrote: "Bliss off sick 12 days in March."', "Bliss"],
    ['"Sky 22 weeks pregnant; lone home visits stopped."', "Sky"],
    ["Sky 1 week pregnant, the note says.", "Sky"],
    ["Misty was unwell that week.", "Misty"],
  ])("reads the word in %s as a person", (text, word) => {
    const [t, , to] = at(text, word);
    expect(personFollows(t, to)).toBe(true);
  });
  it.each([
    ["Hope by itself does not reduce risk.", "Hope"],
    ["Mark each missed appointment in red.", "Mark"],
    ["Grace days for reporting were not used.", "Grace"],
    ["Will SPO3 countersign the plan?", "Will"],
    ["Sky-blue paint covered the hostel walls.", "Sky"],
    ["Faith communities offered support.", "Faith"],
    ["Frank, open conversations were rare.", "Frank"],
    ["Hope was on the agenda at every supervision.", "Hope"],
    ["Twelve weeks pregnant is late for a first scan.", "Twelve"],
    ["Winter on call arrangements were stretched.", "Winter"],
    ["Will on call managers be told?", "Will"],
  ])("does not read the word in %s as a person", (text, word) => {
    const [t, , to] = at(text, word);
    expect(personFollows(t, to)).toBe(false);
  });
});

describe("partOfOtherProperNoun", () => {
  it.each([
    ["He was seen near St Agnes Court.", "Agnes"],
    ["He moved to the Holly Bank flats.", "Holly"],
    ["The Rose Lane surgery refused him.", "Rose"],
    ["He watched Sky Sports at the hostel.", "Sky"],
    ["Sky-blue paint covered the walls.", "Sky"],
  ])("reads the word in %s as part of a place or organisation", (text, word) => {
    expect(partOfOtherProperNoun(...at(text, word))).toBe(true);
  });
  it.each([
    ["PP2 told Holly the licence had ended.", "Holly"],
    ["The notes say Rose Cardew called.", "Rose"],
    ["He told the Rose family nothing.", "Rose"],
  ])("keeps the word in %s as a possible name", (text, word) => {
    expect(partOfOtherProperNoun(...at(text, word))).toBe(false);
  });
  it("treats the rest of a registered name as the same person", () => {
    const text = "He met Rose Hill at the office.";
    const from = text.indexOf("Rose");
    expect(partOfOtherProperNoun(text, from, from + 4)).toBe(true);
    expect(partOfOtherProperNoun(text, from, from + 4, new Set(["Rose", "Hill"]))).toBe(false);
  });
});

describe("speakerLabelAt", () => {
  it.each([
    ["Willow: I knew the SI was back in touch with her.", "Willow"],
    ["RM: How long had you held the case? Bliss: About five months.", "Bliss"],
    ["Colleague statement, Brigitte Haberkorn: I told PP5 to read the dossier.", "Brigitte Haberkorn"],
    ["Misty: My husband rang in for me that week.", "Misty"],
    ["Transcript of interview\nRM: How long had you held the case?\nGrace: About five months.", "Grace"],
    ["Haven: Did anyone tell you the SI had a new partner? PP4: No, nobody did.", "Haven"],
  ])("reads the label in %s as a speaker", (text, word) => {
    expect(speakerLabelAt(...at(text, word))).toBe(true);
  });
  it.each([
    ["Faith: none recorded. Ethnicity: White British.", "Faith"],
    ["Hope: the plan was reviewed monthly.", "Hope"],
    ["The lesson for the team was Grace: I think not.", "Grace"],
    ["Willow said I should read it.", "Willow"],
    ["Faith: none recorded. Ethnicity: White British. I found nothing else of note on file.", "Faith"],
    ["CRN: X123456. Diversity data follows. Faith: none recorded.", "Faith"],
    ["NB: see annex. Hope: the plan was reviewed monthly.", "Hope"],
    ["Hope: we aim to rebuild trust with the victim's family.", "Hope"],
    ["Hope: see Part I of the report.", "Hope"],
  ])("does not read %s as a speaker's label", (text, word) => {
    expect(speakerLabelAt(...at(text, word))).toBe(false);
  });
});

describe("townUsedAt (heldout762)", () => {
  it.each([
    ["Crime reference 46/762401/25, Elham police station.", true],
    ["Next licence review at Elham probation office.", true],
    ["Acrise Guarding Ltd, Unit 4, Elham CT20 1AA", true],
    ["Student Support Team, University of Elham, 0191 496 2410", true],
    ["Elham rang the police station at nine.", false],
    ["Elham said she would move to Leeds.", false],
  ])("in %s reads Elham as a town: %s", (text, expected) => {
    expect(townUsedAt(...at(text, "Elham"))).toBe(expected);
  });
});

describe("nationalityOrPrefixedWord (heldout775–776)", () => {
  it.each([
    ["Nationality: Dutch (stated).", "Dutch", true],
    ["Interpreter booking: Dutch, 2 hours.", "Dutch", true],
    ["Reassessment booked for 28 March.", "Reassessment", true],
    ["Renwick rang the office.", "Renwick", false],
    ["Rebecca rang the office.", "Rebecca", false],
  ])("in %s reads %s as no one's name: %s", (text, word, expected) => {
    expect(nationalityOrPrefixedWord(...at(text, word))).toBe(expected);
  });
});

describe("animalNameAt", () => {
  const animal = (text: string, word: string) => animalNameAt(...at(text, word));
  it.each([
    ['Sat 14/03 10:30 full groom, cockapoo "Faly", owner in the waiting room.', "Faly", true],
    ["Dog (cockapoo, named Faly) returned to the owner.", "Faly", true],
    ['Pet profile "Faly, cockapoo, 4 years".', "Faly", true],
    ["Show entry book: Quennick, collie, class 7.", "Quennick", false],
    ["The loader called Nergui broke down again.", "Nergui", true],
    ["I had asked the young loader, Nergui, why my bin was left.", "Nergui", false],
    ["The 21:00 film in Screen 2 was a revival of Medea (cert 15), sold out.", "Medea", true],
    ["Medea (his mother) was at the film.", "Medea", false],
    ["Lock log 10:15: nb Ferncutter (index 912044) up through Lock 6.", "Ferncutter", true],
  ])("in %s, %s is an animal's or a thing's name: %s", (text, word, expected) => {
    expect(animal(text, word)).toBe(expected);
  });
});
