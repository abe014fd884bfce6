import { describe, expect, it } from "vitest";
import { compileRegister } from "./compileRegister.js";

const register = compileRegister([{ name: "Priya Shah", identifier: "PDU1", role: "staff" }]);

/** The matched text of every register hit in a text. */
const namesIn = (register: ReturnType<typeof compileRegister>) => (text: string) =>
  register.find(text).map((h) => text.slice(h.from, h.to));

describe("compileRegister", () => {
  it("finds initials that are also an acronym only where a person is meant", () => {
    expect(register.find("The entry was signed by PS on the day.").map((h) => h.variant)).toEqual(["initials"]);
    expect(register.find("PS said the plan was agreed.")).toHaveLength(1);
  });
  it("leaves the acronym alone elsewhere", () => {
    expect(register.find("The PS policy on enforcement was followed.")).toEqual([]);
  });
  it("reads a rank before a name as the rank, not a registered person's initials", () => {
    const sadeghi = compileRegister([{ name: "Darya Sadeghi", identifier: "SPO5", role: "staff" }]);
    expect(sadeghi.find("DS Luck gave evidence.")).toEqual([]);
    expect(sadeghi.find("DS agreed the plan.").map((h) => h.variant)).toEqual(["initials"]);
    expect(sadeghi.find("Signed by DS. She later changed it.").map((h) => h.variant)).toEqual(["initials"]);
    expect(sadeghi.find("DS May interviewed him on Friday.")).toEqual([]);
    expect(sadeghi.find("The statement was taken by DS. Okafor on Friday.")).toEqual([]);
  });
});

describe("compileRegister: name variants and context", () => {
  it("does not take someone else with the same surname for the registered person", () => {
    const pike = compileRegister([{ name: "Graham Pike", identifier: "CM1", role: "staff" }]);
    expect(pike.find("Jordan Pike saw him on Monday.")).toEqual([]);
    expect(pike.find("Mr Pike countersigned it.").map((h) => h.variant)).toEqual(["surname"]);
    expect(pike.find("When Pike arrived he left.").map((h) => h.variant)).toEqual(["surname"]);
  });
  const people = compileRegister([
    { name: "Ciaran O'Dowd", identifier: "PP7", role: "staff" },
    { name: "Imogen Sutcliffe-Rhys", identifier: "SPO6", role: "staff" },
    { name: "Hope Tremayne", identifier: "PP4", role: "staff" },
    { name: "Frank Ollerton", identifier: "SPO3", role: "staff" },
    { name: "June Barraclough", identifier: "PP8", role: "staff" },
    { name: "Rose Pengelly", identifier: "Ms R", role: "victim" },
  ]);
  const found = namesIn(people);

  it("finds initials of O' and hyphenated surnames", () => {
    expect(found("C.O'D. and I.S-R. met on Tuesday.")).toEqual(["C.O'D.", "I.S-R."]);
    expect(found("The note was signed C. O'D. and ISR.")).toEqual(["C. O'D.", "ISR"]);
    expect(found("C.O. was there.")).toEqual(["C.O."]);
  });
  it("matches curly and straight apostrophes alike", () => {
    expect(found("O’Dowd’s notes were brief.")).toEqual(["O’Dowd"]);
    expect(found("C.O’D. wrote the plan.")).toEqual(["C.O’D."]);
  });
  it("finds a name that is also a word where it starts a sentence as a person", () => {
    expect(found("Hope's supervision log was empty.")).toEqual(["Hope"]);
    expect(found("Frank countersigned the plan late.")).toEqual(["Frank"]);
    expect(found("The plan was late. Frank had not read it.")).toEqual(["Frank"]);
  });
  it("finds a name that is also a word before 'was born' and similar", () => {
    const miles = compileRegister([{ name: "Miles Okoro", identifier: "SI" }]);
    const named = namesIn(miles);
    expect(named("Miles was born on 17 Aug 1994 and grew up in care.")).toEqual(["Miles"]);
    expect(named("Miles was told about the curfew.")).toEqual(["Miles"]);
    expect(named("Miles of roadworks delayed the visit.")).toEqual([]);
    const hope = compileRegister([{ name: "Hope Tremayne", identifier: "PP4", role: "staff" }]);
    expect(hope.find("Hope was given up by the family.")).toEqual([]);
  });
  it("leaves the ordinary word alone", () => {
    expect(found("Hope by itself is not a plan.")).toEqual([]);
    expect(found("Frank conversations about risk were rare.")).toEqual([]);
    expect(found("He lived near the Rose Lane clinic.")).toEqual([]);
    expect(found("The hostel was on Hope Terrace.")).toEqual([]);
    expect(found("Nobody followed up in June.")).toEqual([]);
    expect(found("The transfer happened on 3 June.")).toEqual([]);
  });
  it("still finds the name mid-sentence", () => {
    expect(found("PP2 asked June whether the visit went ahead.")).toEqual(["June"]);
    expect(found("The letter went to Rose on Friday.")).toEqual(["Rose"]);
  });
  it("compiles the same register once", () => {
    const entries = [{ name: "Ciaran O'Dowd", identifier: "PP7", role: "staff" }];
    expect(compileRegister(entries)).toBe(compileRegister(entries.map((e) => ({ ...e }))));
    expect(compileRegister(entries)).not.toBe(compileRegister([{ ...entries[0]!, identifier: "PP9" }]));
  });
});

describe("compileRegister: names in capitals", () => {
  const people = compileRegister([
    { name: "Tyrone McGarrigle", identifier: "SI", role: "supervised individual" },
    { name: "Will Abernethy", identifier: "PP1", role: "staff" },
    { name: "Hope Kavanagh", identifier: "SPO2", role: "staff" },
    { name: "Kwame Boakye-Ansah", identifier: "Mr K" },
    { name: "Radu Ștefănescu", identifier: "Mr S" },
    { name: "Amber Tilsley", identifier: "Partner B", role: "partner" },
    { name: "Nick Day", identifier: "PP2", role: "staff" },
    { name: "April Cross", identifier: "SPO3", role: "staff" },
    { name: "Ray Dunmore", identifier: "PP3", role: "staff" },
    { name: "Jan Nowak", identifier: "Mr N" },
  ]);
  const found = namesIn(people);

  it.each([
    ["spoke to TYRONE on the phone, then to MCGARRIGLE's mother", ["TYRONE", "MCGARRIGLE"]],
    ["TYRONE MCGARRIGLE came in late.", ["TYRONE MCGARRIGLE"]],
    ["spoke to WILL about it, then HOPE rang back", ["WILL", "HOPE"]],
    ["KWAME came in late again.", ["KWAME"]],
    ["RȘ and his brother moved in 2019.", ["RȘ"]],
    // Hasty notes drop capitals: a name no word shares is still the person (heldout37); "nick", "will" and "hope" stay words.
    ["kwame emailed at 3am to say sorry", ["kwame"]],
    ["spoke to mcgarrigle, will ring back", ["mcgarrigle"]],
  ])("finds the person in %s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    "He said he WILL attend next week.",
    "Probation WILL apply for recall and PP1 WILL visit.",
    "He has no HOPE of getting the flat back.",
    "DO NOT LEAVE HOPE OUT OF THE LOOP.",
    "He was very CROSS about the decision.",
    "He said ON THE DAY he was drunk.",
    "The hearing is listed for 14 APRIL.",
    "the nick was crowded and an x-ray showed nothing",
    "his email, kwame.b@example.org, bounced",
    "The tyrone county address on the letter was wrong.",
    "seen 3 jan, next appt 10 feb",
    "The case was rated Amber on the risk tracker from March.",
  ])("finds no one in %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("compileRegister: dotted initials, other people's titles and names of places", () => {
  const people = compileRegister([
    { name: "Levi Okafor-Grant", identifier: "SI" },
    { name: "Lewis Judge", identifier: "Mr J" },
    { name: "Rose Tremlett", identifier: "Ms T" },
    { name: "Dawn Ferrier", identifier: "SPO6" },
  ]);
  const found = namesIn(people);

  it.each([
    ["L.O.G. told PP3 he was staying with a friend.", ["L.O.G."]],
    ["At sentence, His Honour Judge Castlemaine described Mr Judge as controlling.", ["Judge"]],
    ["Mei-Ling asked Dawn for Hardcastle's supervision notes.", ["Dawn"]],
    ["The SI was found in the Rose and Crown shortly after midnight.", []],
    ["The hostel said Rose and PP1 met there.", ["Rose"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("takes the second Judge, not the judge's title", () => {
    const text = "His Honour Judge Castlemaine described Mr Judge as controlling.";
    expect(people.find(text)[0]?.from).toBe(text.lastIndexOf("Judge"));
  });
});

describe("compileRegister: names in system order and initials that are also acronyms", () => {
  const people = compileRegister([
    { name: "Darius Kazlauskas", identifier: "SI" },
    { name: "Memory Chikomba", identifier: "Ms C" },
    { name: "Gethin ap Rhys", identifier: "POM" },
  ]);
  const found = namesIn(people);

  it.each([
    ["OASys section 1: KAZLAUSKAS, DARIUS; Date of Birth given.", ["KAZLAUSKAS, DARIUS"]],
    ["NDelius: Kazlauskas, Darius | office visit.", ["Kazlauskas, Darius"]],
    ["Subject KAZLAUSKAS, Darius was seen at 23:40.", ["KAZLAUSKAS, Darius"]],
    ["Suspect: KAZLAUSKAS DARIUS, PNC 25/903417Q.", ["KAZLAUSKAS DARIUS"]],
    ["POM: ap Rhys, Gethin.", ["ap Rhys, Gethin"]],
    ["The exclusion zone covered MC's street but not her workplace.", ["MC"]],
    ["The MC's reply came late.", []],
    ["The MC's street was not in the zone.", []],
    ["The reply to the MC was late.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const more = compileRegister([
    { name: "Sam Iqbal", identifier: "PP4" },
    { name: "John Smith", identifier: "PP3" },
    { name: "Mary Ann Jones", identifier: "VLO" },
    { name: "Emma Marsh", identifier: "SPO2" },
    { name: "Chris Moss", identifier: "CM" },
  ]);
  const foundMore = namesIn(more);

  it.each([
    // SI is a role: its possessive is the supervised individual's, not Sam Iqbal's.
    ["SI's partner rang the office.", []],
    ["The SI's home was visited.", []],
    ["Present: Sarah Smith, John Evans and Priya Shah.", []],
    ["NDelius: SMITH, John | office visit.", ["SMITH, John"]],
    ["JONES, Mary Ann was the VLO.", ["JONES, Mary Ann"]],
    ["EM attended the strategy meeting and EM was interviewed.", ["EM", "EM"]],
    // Chris Moss's initials are the identifier CM of the register, not a name.
    ["CM signed the review.", []],
  ])("with other registers, in %s finds %j", (text, expected) => {
    expect(foundMore(text)).toEqual(expected);
  });
});

describe("compileRegister: words that are names, and the identifier in brackets", () => {
  const people = compileRegister([
    { name: "Max Adebola", identifier: "PP8" },
    { name: "Welcome Mutasa", identifier: "PP1" },
    { name: "Unity Maposa", identifier: "PP6" },
    { name: "Primrose Nkomo", identifier: "Ms P" },
    { name: "Osian Coach", identifier: "PP10" },
    { name: "Sunday Okafor", identifier: "PP2" },
    { name: "Law Wing-yan", identifier: "SI" },
    { name: "Kirsty Swift", identifier: "SPO7" },
    { name: "Praise Ndlovu", identifier: "PP2" },
    { name: "Guy Fennick", identifier: "PP1" },
  ]);
  const found = namesIn(people);

  it.each([
    // The person's own identifier in brackets settles it, even at the start of a sentence.
    ["Max (PP8) held 58 cases at the time.", ["Max"]],
    ["Welcome, everyone, to the learning event.", []],
    ["The SPO presented the Unity in Practice award.", []],
    ["The liaison nurse from Primrose Ward at the hospital wrote to PP1.", []],
    ["Coach travel to away games was when he was alone with the boys.", []],
    ["PP2 saw the SI on Sunday 4 May and at the Sunday meeting.", []],
    ["Sunday said the SI had cancelled twice.", ["Sunday"]],
    ["A Clare's Law disclosure was never considered.", []],
    ["Ms C met Law on a gaming site.", ["Law"]],
    ["Swift action by the night worker saved her life.", []],
    ["Praise for the officer came from the hostel.", []],
    ['The SI said "Guy gets it" about PP1.', ["Guy"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: word-names in fields, and people a passive is said of", () => {
  const people = compileRegister([
    { name: "Worthy Tshabalala", identifier: "PP3" },
    { name: "Clay Fenwick", identifier: "SPO2" },
    { name: "Jordan Swan", identifier: "the SI" },
    { name: "Lovely Mhlanga", identifier: "Ms L" },
  ]);
  const found = namesIn(people);

  it.each([
    ["Who for: Worthy", ["Worthy"]],
    ["Owner: Clay | Date: 31/03/2027", ["Clay"]],
    ["Swan was held at the local prison.", ["Swan"]],
    ["• Worthy of note: the SI kept every appointment.", []],
    ["Clay modelling was offered on Tuesdays.", []],
    ["Lovely to see you all again on Thursday.", []],
    ["Glass was found in the kitchen.", []],
    ["The SI kept every appointment, and the review said the lesson for the team was: Worthy", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: decomposed letters and logs in capitals", () => {
  const people = compileRegister([
    { name: "Jovan Stanković", identifier: "SI" },
    { name: "Mihaela Dragomir", identifier: "Ms M" },
  ]);
  const found = namesIn(people);

  it.each([
    // Text pasted from another system may carry the accent as a combining mark.
    ["20:05 Stankovic\u0301 signed in.", ["Stankovic\u0301"]],
    ["11:40 SPOKE TO MIHAELA BY PHONE – SHE SAYS JOVAN HAS NOT BEEN ROUND.", ["MIHAELA", "JOVAN"]],
    ["SECTION 3 – JOVAN STANKOVIĆ RISK SUMMARY", ["JOVAN STANKOVIĆ"]],
    ["NOTES FROM THE MEETING – NO ACTIONS.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: headings in capitals, days and local abbreviations (review of heldout13–16)", () => {
  const people = compileRegister([
    { name: "June Okafor", identifier: "PP4" },
    { name: "Faith Adeyemi", identifier: "Ms F" },
    { name: "Rosa Cole", identifier: "Ms C" },
    { name: "Sunday Eze", identifier: "Ms S" },
  ]);
  const found = namesIn(people);

  it.each([
    ["CHRONOLOGY FROM APRIL TO JUNE 2023", []],
    ["WORKING WITH FAITH GROUPS", []],
    ["11:40 SPOKE TO FAITH BY PHONE", ["FAITH"]],
    // RC is a local abbreviation (responsible clinician): a registered person's initials outrank it.
    ["Mr V moved in with RC in March.", ["RC"]],
    ["PP1 spoke to Sunday by phone and went back to Sunday's flat.", ["Sunday", "Sunday"]],
    ["PP1 saw the SI on Sunday 4 May.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: transcripts and staff notes (review of heldout19)", () => {
  const people = compileRegister([
    { name: "Bliss Ofosu-Antwi", identifier: "PP2" },
    { name: "Haven Ndimande", identifier: "RM" },
    { name: "Thulani Mkhize", identifier: "SPO4" },
    { name: "Faith Adeyemi", identifier: "Ms F" },
    { name: "Sky Oduya", identifier: "PP1" },
  ]);
  const found = namesIn(people);

  it.each([
    ["Bliss: I'd been told the police checks were back.", ["Bliss"]],
    ["RM: How long had you held the case? Bliss: About five months.", ["Bliss"]],
    ["Transcript, page 4. MKHIZE: I'd had nine days' training in total.", ["MKHIZE"]],
    ['SPO1 wrote: "Bliss off sick 12 days in March."', ["Bliss"]],
    ['Notes: "Sky 22 weeks pregnant; lone home visits stopped from today."', ["Sky"]],
    ["Haven't we been here before? PDU1 asked.", []],
    ["Faith: none recorded. Ethnicity: not recorded.", []],
    ["Bliss was not the word for the duty room.", []],
    // Named plainly elsewhere in the same text, a doubtful sentence-initial mention is the person too.
    ['Haven is the RM. PP2 said "Haven gets it".', ["Haven", "Haven"]],
    ["Haven is a word for a safe place. Haven periods were not used.", []],
    ["Faith periods are short. Faith said so.", ["Faith"]],
    ["Faith said she was fine. Faith is what the team lacked in 2022.", ["Faith"]],
    ["Faith Adeyemi said she would. Faith is the reason she stayed.", ["Faith Adeyemi"]],
    ["Faith Adeyemi said she would. Faith was the key worker then.", ["Faith Adeyemi", "Faith"]],
    ["The RM asked, Haven't we been here before?", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a name with n't is a verb", () => {
  const found = namesIn(compileRegister([{ name: "Don Carver", identifier: "PP6" }]));
  it.each([
    ["Don't assume the plan was read.", []],
    ["Don said the plan was read.", ["Don"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a word-name opening a sentence as a word", () => {
  const found = namesIn(
    compileRegister([
      { name: "Cloud Mbatha", identifier: "PP3" },
      { name: "Laurel Adebayo", identifier: "Ms L" },
    ]),
  );
  it.each([
    ["Cloud storage was never checked, although the licence covers it.", []],
    ["Laurel hedges hid the garden from the road, the Recorder said.", []],
    ["Laurel said the hedges hid the garden.", ["Laurel"]],
    ["Cloud said the laptop was not hers.", ["Cloud"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: system order of a name registered family name first, and surnames that are trades", () => {
  const found = namesIn(
    compileRegister([
      { name: "Nguyen Quoc Trung", identifier: "SI" },
      { name: "Ștefan Temple", identifier: "Mr S" },
      { name: "Uchenna Painter", identifier: "SPO1" },
    ]),
  );
  it.each([
    ["NGUYEN Quoc Trung (DoB withheld): accommodation referral.", ["NGUYEN Quoc Trung"]],
    ["NGUYEN, Quoc Trung: referral received.", ["NGUYEN, Quoc Trung"]],
    ["TEMPLE Ștefan signed the tenancy.", ["TEMPLE Ștefan"]],
    ["Painter and decorator jobs were the only work he applied for.", []],
    ["Painter told PP1 about the room.", ["Painter"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: plant and colour names opening a sentence as words (heldout24)", () => {
  const found = namesIn(
    compileRegister([
      { name: "Marigold Achterberg", identifier: "Ms M" },
      { name: "Jet Okonjo", identifier: "Ms J" },
      { name: "Sable Dunmore", identifier: "Ms S" },
    ]),
  );
  it.each([
    ["Marigold gloves were on the list of things she bought for her first flat.", []],
    ["Marigold and lavender bags were in the box.", []],
    ["Marigold told PP2 she had moved out.", ["Marigold"]],
    // With a person beside her: "and her brother", "and Jet", ", her cousin,".
    ["Jet and her brother were at the flat.", ["Jet"]],
    ["Sable and Jet had argued.", ["Sable", "Jet"]],
    ["Sable, her cousin, had let him stay.", ["Sable"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: letters (heldout25)", () => {
  const found = namesIn(
    compileRegister([
      { name: "Thilini Bhattacharya", identifier: "PP2" },
      { name: "Valentine Pemba", identifier: "RM" },
      { name: "Rosemary Jayasuriya", identifier: "VLO" },
      { name: "Rosa Jessop", identifier: "PP1" },
    ]),
  );
  it.each([
    // A signature: the name on its own line, the role on the next.
    ["Kind regards\nThilini\nProbation practitioner, Cindermoor", ["Thilini"]],
    // Initials inside a reference code; a name inside a fixed phrase; a plant opening a sentence.
    ["Our ref: VCS/RJ/2026/0419", []],
    ["RJ said the plan was fine.", ["RJ"]],
    ["Valentine's Day was the date of the first appointment.", []],
    ["Rosemary from the garden was laid on the coffin.", []],
    ["Rosemary rang the family on Monday.", ["Rosemary"]],
    ["Best wishes,\nRosemary", ["Rosemary"]],
    ["Present: RJ/PP2/PP3", ["RJ"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: health records (heldout26)", () => {
  const found = namesIn(
    compileRegister([
      { name: "Myrtle Jalloh", identifier: "SI" },
      { name: "Mehwish Wheeler", identifier: "PP5" },
    ]),
  );
  it.each([
    ["Myrtle hedges line the path up to the day centre.", []],
    ["Myrtle told PP5 she had stopped her medication.", ["Myrtle"]],
    ["Wheeler rang the CMHT on Monday.", ["Wheeler"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a first name that modifies a plural subject", () => {
  const found = namesIn(
    compileRegister([
      { name: "Camellia Okonedo", identifier: "SI" },
      { name: "Linden Marsh-Ayo", identifier: "PP1" },
    ]),
  );
  it.each([
    ["Camellia bushes line the path to the hostel.", []],
    ["Linden trees were cut back in May.", []],
    ["Linden trees along the drive were cut back. Camellia bushes near the door have gone.", []],
    ["Camellia visits at the hostel were cancelled twice.", ["Camellia"]],
    ["Camellia visits were cancelled twice.", ["Camellia"]],
    ["Camellia texts were read out in court.", ["Camellia"]],
    ["Camellia parents have been informed.", ["Camellia"]],
    ["Camellia says she will ring PP1.", ["Camellia"]],
    ["Camellia does have a key worker.", ["Camellia"]],
    ["Camellia helps run the group on Mondays.", ["Camellia"]],
    ["Linden rang on Monday; the trees were cut.", ["Linden"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a registered name that is a common English word", () => {
  const found = namesIn(
    compileRegister([
      { name: "Saffron Adeyemi", identifier: "SI" },
      { name: "Basil Fenwick", identifier: "PP1" },
      { name: "Drew Okoro", identifier: "PP2" },
    ]),
  );
  it.each([
    ["Saffron rice was served at the hostel.", []],
    ["Basil grows on the windowsill of the office.", []],
    ["Basil rang PP1 on Monday.", ["Basil"]],
    ["Basil, the SI's practitioner, moved teams in May.", ["Basil"]],
    ["Drew drew up the plan.", ["Drew"]],
    ["Basil and carp are stocked in the lake.", []],
    ["Basil and his brother were at the flat.", ["Basil"]],
    ["Saffron, the SPO called it, was a lucky find.", []],
    ["The report was sent to Basil on Friday.", ["Basil"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: two parts of one name side by side are one mention", () => {
  const register = compileRegister([
    { name: "Seong Yerin", identifier: "Ms S" },
    { name: "Yevgenia Stanislavovna Orekhova", identifier: "PDU1" },
  ]);
  const spans = (text: string) => register.find(text).map((h) => text.slice(h.from, h.to));
  it.each([
    ["The police wrote Yerin Seong.", ["Yerin Seong"]],
    ["PDU1, Yevgenia Orekhova, signed off the plan.", ["Yevgenia Orekhova"]],
    ["Yerin rang; Seong was out.", ["Yerin", "Seong"]],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("compileRegister: short forms of a first name", () => {
  const names = namesIn(
    compileRegister([
      { name: "Chelsea Mayhew", identifier: "V1" },
      { name: "Katarzyna Nowak", identifier: "PP1" },
      { name: "Katalin Szabo", identifier: "PP2" },
      { name: "Janet Ruiz", identifier: "PP3" },
    ]),
  );
  it("finds the first letters of a first name that no word or other name shares", () => {
    expect(names('Her texts were signed "Chels x".')).toEqual(["Chels"]);
    expect(names("Kasia rang, then Katarz rang back.")).toEqual(["Katarz"]);
  });
  it("leaves words, other names, months, capitals and shared beginnings alone", () => {
    // "Che" is a name, "Jan" a month, "CHELS" no short form in capitals, "Kata" begins two registered names.
    expect(names("Che rang in Jan; CHELS was on the list; Kata came.")).toEqual([]);
  });
});

describe("compileRegister: review of short forms", () => {
  const names = namesIn(
    compileRegister([
      { name: "Christine Ward", identifier: "PP1" },
      { name: "Indiana Bell", identifier: "PP2" },
      { name: "Reginald Hart", identifier: "PP3" },
      { name: "Mercedes Ruiz", identifier: "PP4" },
      { name: "Colinda Ward", identifier: "PP5" },
      { name: "Katarzyna Nowak", identifier: "PP6" },
    ]),
  );
  it("leaves words, places, makes and ranks that begin a registered first name alone", () => {
    expect(names("He was held at Christ Church, went to India, drove the Merc, and a Reg 28 report was made.")).toEqual(
      [],
    );
  });
  it("reads a short form before someone else's surname as no one registered", () => {
    expect(names("Katarz rang back; Colind Davies did not.")).toEqual(["Katarz"]);
  });
  it("reads a short form before its own surname, or a word, as the person", () => {
    const last = namesIn(
      compileRegister([
        { name: "Katarzyna Nowak", identifier: "PP6" },
        { name: "Chelsea Mayhew", identifier: "V1" },
      ]),
    );
    const first = namesIn(
      compileRegister([
        { name: "Chelsea Mayhew", identifier: "V1" },
        { name: "Katarzyna Nowak", identifier: "PP6" },
      ]),
    );
    expect(first("Chels Mayhew said she was scared.")).toEqual(["Chels Mayhew"]);
    expect(last("Chels Mayhew said she was scared.")).toEqual(["Chels Mayhew"]);
    expect(first("He messaged Chels Facebook at midnight.")).toEqual(["Chels"]);
  });
});

describe("compileRegister: messages quoted in lower case, and an identifier said to be the person's", () => {
  const found = namesIn(
    compileRegister([
      { name: "Reon Cockle", identifier: "V" },
      { name: "Ezra Treacle", identifier: "SPO3" },
      { name: "Ishani Bucket", identifier: "PP3" },
    ]),
  );
  it.each([
    // A message quoted after its heading, typed without capitals, is read as hasty notes are.
    ['WhatsApp, 15/03/2025: "tell them to bring it, reon is there"', ["reon"]],
    // The writer's own quotation inside a sentence is not a message; an address is no name.
    ['He said he was "back with reon most nights", and wrote to reon.cockle@example.net.', []],
    // The person's own identifier said of a word-surname settles it; someone else's does not.
    ["Treacle was SPO3 for the whole period under review.", ["Treacle"]],
    ["Treacle was PP3's favourite pudding.", []],
    ["Bucket was SPO3's word for the cases left over.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: messages typed in lower case anywhere in a sentence", () => {
  const found = namesIn(
    compileRegister([
      { name: "Fatos Kelmendi", identifier: "V" },
      { name: "Meilyr Prydderch", identifier: "SI" },
      { name: "Orla Nadir", identifier: "PP4" },
      { name: "Ansel Newel", identifier: "CM" },
    ]),
  );
  it.each([
    // A message sent, written or read, quoted anywhere; a log entry after a time; a chat line.
    ["A text from the line phone read: 'tell fatos he owes 2 bags'.", ["fatos"]],
    ['He sent "fatos u ok?" to the victim at 02:14.', ["fatos"]],
    ["In the chat the SI wrote 'dont tell fatos im going down'.", ["fatos"]],
    ["Handover log, 23:40: meilyr back late, signed in by the night worker.", ["meilyr"]],
    ["[20:43] glanbear38: ok meilyr i wont", ["meilyr"]],
    ['"is meilyr ok? ive not seen him" wrote his aunt.', ["meilyr"]],
    // A writer's own quotation, or a label's comment, is no message: its words stay words.
    ['PP4 called the week of the arrest "the nadir of my career".', []],
    ['He told PP2 he would "sort it with the nadir crew", a phrase he used often.', []],
    ["CM: the newel post on the hostel stairs is where the camera was.", []],
    // A street named like the person, and a word with an article, in a message (review 3).
    ['He sent: "meilyr street is closed again". At 21:14: "coming to the fatos later?"', []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a name typed without its diacritics", () => {
  const found = namesIn(
    compileRegister([
      { name: "Khúc Văn Thiêm", identifier: "SI" },
      { name: "Siobhán Ó Dálaigh", identifier: "V" },
    ]),
  );
  it.each([
    ["The custody record lists him as KHUC Van Thiem.", ["KHUC Van Thiem"]],
    ["Siobhan rang the office; Dálaigh and Dalaigh are one surname.", ["Siobhan", "Dálaigh", "Dalaigh"]],
    // "Văn" without its mark is the English word "van".
    ["The van was parked outside.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a short form that is a language", () => {
  const found = namesIn(compileRegister([{ name: "Tamilselvi Subramaniam", identifier: "V" }]));
  it.each([
    ["The GP practice used a Tamil interpreter.", []],
    ["Tamilselvi rang the surgery.", ["Tamilselvi"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a name joined to a country", () => {
  const found = namesIn(compileRegister([{ name: "Chad Mufti", identifier: "SI" }]));
  it.each([
    ["The route he had researched ran through Niger and Chad to the coast.", []],
    ["Chad and Jordan travelled together.", ["Chad"]],
    ["Chad said he had never been to Libya.", ["Chad"]],
    // A name that is no place, beside a place, is still the person.
    ["He split his time between Leeds and Mufti's mother's house.", ["Mufti"]],
    ["Mufti and Doncaster Council disagreed.", ["Mufti"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: names that are also places, and what is said of a person", () => {
  const found = namesIn(
    compileRegister([
      { name: "Lilac Tywyn", identifier: "SI" },
      { name: "Glory Bala", identifier: "V" },
      { name: "Heaven Penarth", identifier: "SPO2" },
      { name: "Ansel Keel", identifier: "PP1" },
    ]),
  );
  it.each([
    ["She grew up in Bala, met him near Penarth and moved from Tywyn to Rhyl.", []],
    ["He lived outside Tywyn for years.", []],
    ["She confided in Bala, and a text from Keel to Ms F came at night.", ["Bala", "Keel"]],
    // A first name after "near" or "in" is the person; so is a case handed from one person to another.
    ["The order kept him from going near Glory; there was a change in Glory.", ["Glory", "Glory"]],
    ["He showed no remorse in Bala's presence, and little insight in Bala.", ["Bala", "Bala"]],
    ["She stayed in Tywyn's flat.", ["Tywyn"]],
    ['"Heaven knows what she will do," the health visitor wrote.', []],
    ["Glory was twenty when she married, and Lilac was on a community order.", ["Glory", "Lilac"]],
    ["Lilac was on the agenda.", []],
    ["Glory was twenty minutes late.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: animals that share a person's name", () => {
  const found = namesIn(compileRegister([{ name: "Sultan Scamp", identifier: "SI" }]));
  it.each([
    ["Sultan is a grey cob, and Duchess is a bay mare in foal.", []],
    ["He let the family graze Sultan and Duchess on his top field.", []],
    ["Sultan said he was breaking the colt.", ["Sultan"]],
    // A trade or an insult is said of a person: "a horse dealer", "a lying cow".
    ["He said Sultan was a horse dealer from Appleby.", ["Sultan"]],
    ["He said Sultan was a lying cow.", ["Sultan"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: middle names and patronymics (heldout210, 211)", () => {
  const register = compileRegister([
    { name: "Ernesto Evangelista Catacutan", identifier: "V1" },
    { name: "Olha Hnatyshyn", identifier: "V2" },
    { name: "Hardeep Singh Gosal", identifier: "SI" },
    { name: "Osmer Tilbrook", identifier: "V3" },
    { name: "Darren John Vickery", identifier: "SI" },
  ]);
  const spans = (text: string) => register.find(text).map((h) => text.slice(h.from, h.to));
  it.each([
    ["His maternal middle name, Evangelista, is on his seaman's book.", ["Evangelista"]],
    ["Olha Yaroslavivna Hnatyshyn arrived from Kharkiv in May 2023.", ["Olha Yaroslavivna Hnatyshyn"]],
    ["Olha told Hnatyshyn's lawyer.", ["Olha", "Hnatyshyn"]],
    // A middle name every Sikh man or woman shares is no one person's.
    ["Singh was on the rota.", []],
    ["The Sir Harcourt Tilbrook NHS Foundation Trust runs the unit.", []],
    // Gujarati respect forms of a first name (heldout230).
    ["The committee minutes use Olhabhai.", ["Olhabhai"]],
    // A middle name that is anyone's first name makes no one else the registered person.
    ["The hostel manager, John Smith, called the police.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("compileRegister: pet forms and memorials", () => {
  const found = namesIn(
    compileRegister([
      { name: "Ermintrude Corbel", identifier: "PP1" },
      { name: "Bronisław Ratchet", identifier: "PP2" },
      { name: "Caradoc Sprocket", identifier: "V" },
    ]),
  );
  it.each([
    ["Ermie said the case felt quiet, and Bronek agreed.", ["Ermie", "Bronek"]],
    // A pet form that is an English word is not made: "caddy" stays a tea caddy.
    ["The tea Caddy was on the shelf.", []],
    ["Cheques go to the Sprocket Memorial Fund.", ["Sprocket"]],
    ["They met near the Sprocket Memorial Hall.", []],
    ["She has supervision with Ermie every four weeks.", ["Ermie"]],
    ["Ermie accepts the licence conditions, and Bronek initially refused.", ["Ermie", "Bronek"]],
    ["The Sprocket Trust gave a grant.", []],
    // The English "z" ending ("Shez" for Sheryl, heldout114).
    ["Ermz went home, and Bronek with her.", ["Ermz", "Bronek"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: pet forms that are other things", () => {
  const found = namesIn(
    compileRegister([
      { name: "Natalie Hughes", identifier: "PP1" },
      { name: "Indira Shah", identifier: "PP2" },
      { name: "Arabella Quince", identifier: "V" },
      { name: "Eithne Shovel", identifier: "PP3" },
    ]),
  );
  it.each([
    ["He served with Nato forces.", []],
    ["She joined an Indo-Caribbean community group.", []],
    ["He said he hated Arabs.", []],
    // A label before a note typed without capitals leaves its names in lower case.
    ["Hasty note: tel w/ eithne re hrs", ["eithne"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: an initial before a surname in capitals", () => {
  const found = namesIn(
    compileRegister([
      { name: "Brychan Putty", identifier: "SI" },
      { name: "Ivor Toll", identifier: "PP1" },
    ]),
  );
  it.each([
    ["Employee no: CS-0472 | Name: B PUTTY | NI: withheld", ["B PUTTY"]],
    ["Employee: I TOLL   Payroll no: 004417", ["I TOLL"]],
    ["I TOLL the bell at noon.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: initials that are a thing after an article (heldout712)", () => {
  const found = namesIn(compileRegister([{ name: "Tyreese Valiukas", identifier: "SI" }]));
  it.each([
    ["The TV screen above the bar showed the replay.", []],
    ["TV and the victim had argued.", ["TV"]],
    ["The victim and TV argued.", ["TV"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: initials that are a label's 'ID' (heldout69)", () => {
  const found = namesIn(compileRegister([{ name: "Ismay Drizzle", identifier: "PP1" }]));
  it.each([
    ["NI number QQ 47 19 82 C and PNC ID 23/0581926T are on the form.", []],
    ["Staff ID 4471 was on the rota.", []],
    ["ID did not record it.", ["ID"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a list closed by 'and' makes a word-name a person (heldout61)", () => {
  const found = namesIn(
    compileRegister([
      { name: "Idony Mulch", identifier: "PP1" },
      { name: "Fulke Thatch", identifier: "SPO1" },
    ]),
  );
  it.each([
    ["Thatch, Mulch and Haddrell met on 6 March 2024.", ["Thatch", "Mulch"]],
    ["Mulch and Haddrell met on 6 March.", ["Mulch"]],
    ["Mulch, Kinnersley and Yelland attended.", ["Mulch"]],
    ["Mulch and Haddrell Solicitors were instructed.", []],
    ["Mulch, Leeds and Bradford were flooded.", []],
    ["Mulch and compost were spread.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a business named with a registered surname (heldout103)", () => {
  const found = namesIn(compileRegister([{ name: "Hollin Pawley", identifier: "RM" }]));
  it.each([
    ["Pawley's Bakery on Colquite Road employs two residents.", []],
    ["Pawley's notes were late.", ["Pawley"]],
    // A family firm (heldout115).
    ["Pawley & Sons moved the furniture. Pawley and Co did not.", []],
    // A book or a business after the 's (heldout121); the person's own insurance number or relative stays theirs.
    ["A copy of Pawley's Travels was found. Pawley's Cafe on Colquite Road shut.", []],
    ["Pawley's National Insurance number was on it. Pawley's Mum rang.", ["Pawley", "Pawley"]],
    // Two surnames joined as a firm the sentence names (heldout128); joined by "and" as people, still people.
    ["Pawley & Pruett, the solicitors in Brackenford, acted for him.", []],
    ["He was represented by Pawley & Pruett Solicitors.", []],
    // A business named with a registered first name (heldout131).
    ["Hollin's Kitchen served food in the main arena.", []],
    // Or with the first name alone, not possessive (heldout173); the person's own bar is still theirs.
    ["Hollin Cash & Carry reopened in July. He worked at Hollin Motors.", []],
    ["Hollin Bar's owner rang. Hollin said no.", ["Hollin", "Hollin"]],
    ["Pawley and Pruett met him.", ["Pawley"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: Polish case endings, Welsh mutations and Welsh places (heldout105)", () => {
  const found = namesIn(
    compileRegister([
      { name: "Jagoda Wydra", identifier: "V" },
      { name: "Bedwyr Heilyn", identifier: "PP1" },
      { name: "Cadfan Hughes", identifier: "PP2" },
      { name: "Tina Smith", identifier: "PP3" },
      { name: "Cynfelyn Nanhoron", identifier: "SI" },
      { name: "Gwerful Nanhoron", identifier: "V1" },
    ]),
  );
  it.each([
    ['She last spoke to Jagodą on Friday; "idę do Jagody".', ["Jagodą", "Jagody"]],
    ["Ble wyt ti Fedwyr?", ["Fedwyr"]],
    // Aspirate and nasal mutations, and a dropped G (heldout137).
    [
      '"Dw i gyda Chynfelyn." "Dw i wedi dweud wrth Gynfelyn." "Dw i wedi sôn wrth Werful."',
      ["Chynfelyn", "Gynfelyn", "Werful"],
    ],
    ["The farm is near Bettws Cadfan chapel.", []],
    ["Tiny steps were made.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: capitals after 'that', Mac and Mc, a titled relative, a town (heldout151, heldout152)", () => {
  const found = namesIn(
    compileRegister([
      { name: "Kayna Hendra", identifier: "Victim" },
      { name: "Domhnall MacNeacail", identifier: "V2" },
      { name: "Paisley Moncur", identifier: "PP1" },
    ]),
  );
  it.each([
    ["The inquest heard that KAYNA HENDRA died at the scene.", ["KAYNA HENDRA"]],
    ["The KAYNA HENDRA FUND paid for the bench.", []],
    ['The Glasgow record spells him "McNeacail" throughout.', ["McNeacail"]],
    ["Mrs Hendra, Kayna's mother, asked to speak.", []],
    ["HENDRA, Kayna was the victim.", ["HENDRA, Kayna"]],
    ["He grew up in Paisley before moving to Glasgow. Paisley rang him.", ["Paisley"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: Welsh mutations of Pedr and Meilyr (heldout156)", () => {
  const found = namesIn(
    compileRegister([
      { name: "Pedr Mertyn", identifier: "Child A" },
      { name: "Meilyr Rhosier", identifier: "SI" },
    ]),
  );
  it.each([
    ["Rydym yn ysgrifennu ynglŷn â'ch cyswllt â Phedr.", ["Phedr"]],
    ['"Mae fy Mhedr i wedi newid."', ["Mhedr"]],
    ["Annwyl Feilyr,", ["Feilyr"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a surname in capitals before its initial (heldout171, heldout172)", () => {
  const found = namesIn(compileRegister([{ name: "Milo Kenning", identifier: "SI" }]));
  it.each([
    ["Correspondence file: KENNING M, opened 2 March.", ["KENNING M"]],
    ["The poem used a kenning for the sea.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("compileRegister: a long first name's first three letters and ending, a surname's short and pet forms (heldout354–361)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Kestutis Navickas", identifier: "V1" },
      { name: "Laimdota Jansons", identifier: "V2" },
      { name: "Gustavo Stavely", identifier: "SI" },
      { name: "Konstantin Rookledge", identifier: "SI2" },
      { name: "Dovie Wynstanley", identifier: "V3" },
      { name: "Reginald Hart", identifier: "PP3" },
      { name: "Bartolomeo Hackwood", identifier: "SI3" },
      { name: "Quintessa Ebbesworth", identifier: "V4" },
      { name: "Marcellus Zubrowski", identifier: "SI4" },
      { name: "Odessa Crofter", identifier: "SPO1" },
    ]),
  );
  it.each([
    ["Ugne put Jurg on the loading crew with Kes.", ["Kes"]],
    // Five letters that begin a name, though a surname too; a pet form shaped like a town's name; a long surname's
    // first three letters; not a street's word.
    [
      '"Barto is a liability," she wrote. On the ladder, Ebby was first. He appears as "Zub".',
      ["Barto", "Ebby", "Zub"],
    ],
    ["The victim's address was 8 Vintry Croft.", []],
    // A game's name that a short form makes.
    ["In her free time the victim played Dota 2 online.", []],
    ["The SI had been shouting at Dota for ten minutes.", ["Dota"]],
    ['On the list he appears as "Stav". His pots are marked "Rooky".', ["Stav", "Rooky"]],
    ["Iggy was third in the queue and Wynnie was fourth.", ["Wynnie"]],
    // An abbreviation that begins a long first name stays one.
    ["A Reg 28 report was made.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: four letters that begin a name though a surname too, and pet forms in -i (heldout374–377)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Rufina Pilmoor", identifier: "Victim" },
      { name: "Jakobina Trevanion", identifier: "V2" },
      { name: "Gwenllian Moelwyn", identifier: "V3" },
    ]),
  );
  it.each([
    ['The SI said he would "sort Rufi out".', ["Rufi"]],
    ["Jaki is how the club knew Jakobina.", ["Jaki", "Jakobina"]],
    // A Welsh hill's word that begins a surname is no short form.
    ["The path over Moel Tysilio passes the farm.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: pet forms of a long first name's last letters (this session)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Prabhjot Deol", identifier: "SI" },
      { name: "Amandeep Kaur", identifier: "V" },
    ]),
  );
  it.each([
    ['The bar book reads "two pints, Jotty". Deepy rang the bar.', ["Jotty", "Deepy"]],
    // The letters alone are a word, and a word stays one.
    ["He jotted it down in the deep end.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a name registered as one word, inside a place's name (twelfth session)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Gaudric Bexholt", identifier: "SI" },
      { name: "Apex", identifier: "SI" },
      { name: "Krill", identifier: "W1" },
    ]),
  );
  it.each([
    ["Apex was seen outside the Apex Café at closing time.", ["Apex"]],
    // A word of the trade before the plural subject of a verb is the thing ("Apex bends are tight").
    ["Apex bends were resurfaced in May. Apex sells the tyres.", ["Apex"]],
    // A word no dictionary has, at a sentence's start before a plural subject, is the thing too.
    ["Krill pellets were stored in the freezer. Krill texts were read out.", ["Krill"]],
    // Before a modal or "hold" too (heldout535, 536); a person still acts ("Apex must pay").
    ["Apex machines must be cleaned nightly. Krill bags hold the feed. Apex must pay the fine.", ["Apex"]],
    ["The Apex Café closes at six. He sat in the Apex Room.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a name registered as one word, used for the stuff of a trade (thirteenth session)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Emmeth Tallantyre", identifier: "SI" },
      { name: "Slack", identifier: "SI" },
      { name: "Puffer", identifier: "SI" },
      { name: "Slackwell", identifier: "W1" },
    ]),
  );
  it.each([
    // Done only to stuff, heading a noun, or inside a place's name after "the" and a word (heldout537, 540, 541).
    ["Slack is sold by the bag. Slack is tipped at the back.", []],
    ["Puffer work is done at dusk. The powder is in the locked Puffer Cupboard.", []],
    // The person still acts, or is what others do something to.
    ["Slack was seen at the gate. Slack himself was angry. Puffer then was arrested.", ["Slack", "Slack", "Puffer"]],
    // A thing's number, a thing it is said to be, a capitalised word of the language after it, an order (heldout542–545).
    ["Slack 3 was out of use. Slack is the part customers complain about. Puffer Locker keys hang there.", []],
    ["Slack the wheels before the ramp lifts. Puffer is stockpiled near the road.", []],
    ["Slack is a liar, the victim said. Puffer Tallantyre was seen.", ["Slack", "Puffer", "Tallantyre"]],
    // Set by a tool, a measure, before a capitalised word of the language anywhere (heldout546, 549).
    ["Slack is set by the tooth. Slack is the width of the cut. It is blown to Puffer Corner.", []],
    ["Slack is set to appear in court.", ["Slack"]],
    // A noun it heads, whatever the word; after "the" too; a plural subject with a longer place (heldout554, 556).
    ["Slackwell work is slow. The Puffer organ has eleven stops.", []],
    ["Puffer shutters on the chapel organ were stuck. Puffer today is in court.", ["Puffer"]],
    ["Puffer marks on the back plate showed the work was rushed.", []],
    ["Puffer is dyed in small batches. Slack is wound on the reel.", []],
    ["Puffer was piled against the wall. Slack is a base note.", []],
    // A day after a registered surname is when (heldout572).
    ["Rota: Tallantyre Mon to Wed.", ["Tallantyre"]],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a register entry given by an initial and a surname (twelfth session)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Corvalt Dunnigale", identifier: "SI" },
      { name: "C. Dunnigale", identifier: "SI" },
    ]),
  );
  it.each([
    ["His NI number is QQ 87 11 09 C.", []],
    ["C. Dunnigale rang. Corvalt rang.", ["C. Dunnigale", "Corvalt"]],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: initials that are an acronym, where a note's writer or a doer is meant (fifteenth session)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Everilda Medlicott", identifier: "PP1" },
      { name: "Alvar Ruthven", identifier: "SPO1" },
      { name: "Pernilla Quarles", identifier: "PP2" },
      { name: "Candace Maudling", identifier: "PP3" },
      { name: "Hasim Mawdsley", identifier: "RM" },
    ]),
  );
  it.each([
    ["EM and AR discussed the case on 2 April 2025.", ["EM", "AR"]],
    ['Handover note: "EM to visit."', ["EM"]],
    ["PP2 (PQ) recorded the disclosure.", ["PQ"]],
    ["The case notes are initialled CM throughout.", ["CM"]],
    ["Entry by CM: home visit not completed.", ["CM"]],
    ["Countersigned: HM, 12 June 2026.", ["HM"]],
    ["The EM tag was fitted on Monday.", []],
    ["EM is a condition of the licence.", []],
    ["The CM reviewed the plan.", []],
    ["He answered a PQ about it.", []],
    ["A report by HM Inspectorate of Probation.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a short form of a first name that is also a word (fifteenth session)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Patrice Ganley", identifier: "V1" },
      { name: "Stewart Vokes", identifier: "W1" },
      { name: "Arthur Pike", identifier: "SI" },
      { name: "Maxine Cole", identifier: "PP1" },
      { name: "Wardah Iqbal", identifier: "W2" },
    ]),
  );
  it.each([
    ["Pat had e-mailed the rota mailbox.", ["Pat"]],
    ["Pat's own mobile was found in the hallway.", ["Pat"]],
    ['Kessie said: "Stew had only swapped shifts."', ["Stew"]],
    ["Pat down searches were done on arrival.", []],
    ["He was given a pat on the back.", []],
    ["He attended Art classes weekly.", []],
    ["Max 3 visits a week were allowed.", []],
    ["The attack happened on Cavell Ward.", []],
    ["Pat Jones, a neighbour, called.", []],
    ["Stew was on the menu.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a one-word nickname that is the stuff of the trade (heldout574–577)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Benesek Annear", identifier: "SI" },
      { name: "Cringle", identifier: "SI" },
      { name: "Burr", identifier: "W1" },
      { name: "Marline", identifier: "W2" },
    ]),
  );
  it.each([
    ["Cringle wear on the club's sails was the most common repair.", []],
    ["Burr and metal filings were found on the floor of the van.", []],
    ["Marline is used to whip the ends of the bell ropes.", []],
    ["Cringle and his brother were at the loft. Burr told PP1 he was leaving.", ["Cringle", "Burr"]],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a trade's nickname before two plural nouns, or what stuff must do (heldout578–581)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Edmer Cowin", identifier: "SI" },
      { name: "Stemple", identifier: "SI" },
      { name: "Gesso", identifier: "W1" },
    ]),
  );
  it.each([
    ["Stemple bars and ladders are kept on the back wall.", []],
    ["Gesso must dry for a day before it can be sanded.", []],
    ["Stemple and Gesso were at the cave.", ["Stemple", "Gesso"]],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: initials in a meeting's list, with a role in brackets, on a sheet (fifteenth session)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Anneka Pryterch", identifier: "SPO1" },
      { name: "Silas Penwarden", identifier: "SI" },
      { name: "Ioan Toll", identifier: "PP1" },
      { name: "Oluwafemi Creel", identifier: "V" },
    ]),
  );
  it.each([
    ["Present: AMR (mosque committee), UN (imam), AP (probation), TP (police).", ["AP"]],
    ["Present: Cllrs GR (Chair), HL and SP; the clerk.", ["SP"]],
    ["IT (employee) was present. IT declined the right to be accompanied.", ["IT", "IT"]],
    ['Police log: "Injured party OC states he was hit."', ["OC"]],
    ["He moved to AP (approved premises) in May. The SP was reviewed. IT support was slow.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a first name in lower case outside a message (sixteenth session)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Halimo Sugulle", identifier: "V" },
      { name: "Kaden Hindmarsh", identifier: "SI" },
      { name: "Sienna Trilby", identifier: "W1" },
    ]),
  );
  it.each([
    ['A text from halimo read: "stop". Voice note, 22:31, kaden to brayden.', ["halimo", "kaden"]],
    // Words a dictionary may lack, with nothing said of a person: no one.
    ["Burnt sienna is the colour of the desk. He wore a grey trilby. The sienna paint ran out.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a trade's nickname before a verb for many (heldout596)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Orlanth Mardlecote", identifier: "SI" },
      { name: "Tongs", identifier: "SI" },
    ]),
  );
  it.each([
    ["Tongs with spade ends are the usual tool. Tongs were laid out on the table.", []],
    ["Tongs took the tin. Tongs and Orlanth were there.", ["Tongs", "Tongs", "Orlanth"]],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: where a trade's word lies and what it is like (heldout599)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Garthen Kenneggy", identifier: "SI" },
      { name: "Kelp", identifier: "SI" },
    ]),
  );
  it.each([
    ["Kelp and shingle covered the slipway. Kelp on the rocks made the exit slippery. Kelp was thick there.", []],
    ["Kelp and Hewenna argued. Kelp was on the slipway.", ["Kelp", "Kelp"]],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a trade's nickname naming a post on a roster (heldout604)", () => {
  const names = namesIn(
    compileRegister([
      { name: "Eskelin Ormesher", identifier: "SI" },
      { name: "Funnel", identifier: "SI" },
    ]),
  );
  it.each([
    ['The roster reads: "Timekeeper: Osgerby. Funnel manager: Ormesher."', ["Ormesher"]],
    ["Funnel was at the start line.", ["Funnel"]],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("compileRegister: a surname alone in a log's capitals (heldout647)", () => {
  const found = namesIn(
    compileRegister([
      { name: "Zerubbabel Cawthra", identifier: "SI" },
      { name: "Ivor Toll", identifier: "PP1" },
    ]),
  );
  it.each([
    ["Room check 02:10, Room 14: CAWTHRA awake, door open.", ["CAWTHRA"]],
    // Capitals that spell a word of the language are the word.
    ["TOLL ROAD CLOSED. Cawthra was told.", ["Cawthra"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
