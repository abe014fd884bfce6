import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii006DateOfBirth } from "./pii006DateOfBirth.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii006DateOfBirth (PII-006)", () => {
  it.each(["Darren Mills (DOB 02/05/1991) was on licence.", "He was born on 3 May 1990."])("flags %s", (text) => {
    const found = runBlockRule(pii006DateOfBirth, text, "review.background", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["Darren Mills (DOB 02/05/1991) was on licence.", "DOB 02/05/1991"],
    ["He was born on 3 May 1990.", "born on 3 May 1990"],
    ["His dog was called Bruno; he was born on 4 May 1991.", "born on 4 May 1991"],
    ["Mr H, aged 41 (born 1983), had no previous convictions.", "born 1983"],
    ["Mr H, aged 41, was born in 1983.", "born in 1983"],
    ["MCKEEVER, Liam, born in 1984, CRN N730421.", "born in 1984"],
    // Bilingual Welsh forms and letters.
    ["Dyddiad geni / Date of birth: 2 Tachwedd 1986. CRN Y418207.", "Date of birth: 2 Tachwedd 1986"],
    ["Ganwyd ar 14 Mehefin 1990 yn Aberystwyth.", "Ganwyd ar 14 Mehefin 1990"],
    // A qualifier in brackets (heldout76), and a second cue in brackets that starts the span itself (heldout14).
    [
      "Home Office record: Date of birth (claimed): 14/09/1997, HO ref G1472853.",
      "Date of birth (claimed): 14/09/1997",
    ],
    ["It still includes the SI's date of birth (DoB: 27/10/1985).", "DoB: 27/10/1985"],
    // Whose date it is, by an identifier in brackets.
    ["Victims: two\nDOB (V1): 02/08/1943", "DOB (V1): 02/08/1943"],
    ["His passport gives his date of birth as 3 April 1990.", "date of birth as 3 April 1990"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(pii006DateOfBirth, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each([
    // An animal's birth (heldout196); the person beside it keeps theirs.
    "According to the chip, the dog was born on 02/05/2021.",
    // An animal's papers (heldout146).
    "The horse passport for the mare gives her birth date as 4 April 2014.",
    // An animal's year of birth (heldout549).
    "Donkey passport 826002000052386 belongs to Jasper, a gelding born in 2005.",
    "The assessment was completed on 02/05/2023.",
    "His sister was 14 at the time.",
    "He was born in the late 1980s and left school at 16.",
    "Dyddiad / Date: 5 Mai 2026. Lleoliad / Venue: the probation office.",
  ])("passes %s", (text) => {
    expect(
      runBlockRule(pii006DateOfBirth, text, "review.background", context).filter((f) => f.rule === "PII-006"),
    ).toEqual([]);
  });
  it("says a year of birth said in a sentence, as an age is, only as info", () => {
    const severity = (text: string) =>
      runBlockRule(pii006DateOfBirth, text, "review.background", context).map((f) => f.severity);
    expect(severity("The SI was born in 1991 and grew up in Leeds.")).toEqual(["info"]);
    expect(severity("Mr H, aged 41 (born 1983), had no convictions; Liam, born in 1984, did.")).toEqual([
      "warning",
      "warning",
    ]);
    expect(severity("He was born on 3 May 1990.")).toEqual(["warning"]);
    const shared = runBlockRule(pii006DateOfBirth, "The SI was born in 1991.", "review.background", {
      register,
      shareable: true,
    });
    expect(shared.map((f) => f.severity)).toEqual(["error"]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Darren Mills (DOB 02/05/1991) was on licence.";
    expect(
      runBlockRule(pii006DateOfBirth, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});

describe("pii006DateOfBirth: more date-of-birth forms", () => {
  const spans = (text: string) =>
    runBlockRule(pii006DateOfBirth, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each([
    ["Her DOB: 14.07.1989 was on the referral.", "14.07.1989"],
    ["His date of birth, 9 November 1979, is in the notification.", "9 November 1979"],
    ["The victim's date of birth is listed as 06/02/2001 on the form.", "06/02/2001"],
    ["Mr K's date of birth (21/10/1993) was read out.", "21/10/1993"],
    ["His date of birth was given as 3 Sept 1988.", "3 Sept 1988"],
    ["She was born in Anytown on 5 May 1993.", "5 May 1993"],
    ["He was born on the 12th of March 1990.", "12th of March 1990"],
  ])("flags %s", (text, date) => {
    expect(spans(text).some((s) => s.endsWith(date))).toBe(true);
  });
  it.each([
    "His date of birth was not known until 12/03/2021, when police confirmed it.",
    "He was born in the north; the offence happened on 4 April 2022.",
    "The licence ended on 14.07.2023.",
    "Ms B was aged 27 when the offence took place on 1 May 2022.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
  // A later full date in the sentence of a date of birth, with a year near it, is another record of it.
  it.each([
    [
      "Her date of birth appears as 12 June 1986 in the court file and as 21 June 1986 in the hostel referral.",
      "21 June 1986",
    ],
    ["His DOB was entered as 04/08/1995 by the court, while the prison used 08/04/1994.", "08/04/1994"],
    ["She was born on 7 March 1992, though one letter gives 7 March 1990.", "7 March 1990"],
    ["DOB 05/06/88 on one form and 06/05/89 on another.", "06/05/89"],
  ])("flags a second date of birth in %s", (text, date) => {
    expect(spans(text)).toContain(date);
  });
  it("flags each date of birth once", () => {
    const text = "His date of birth is 2 May 1991 and the old record has DOB 2 May 1991.";
    expect(spans(text)).toEqual(["date of birth is 2 May 1991", "DOB 2 May 1991"]);
  });
  it.each([
    "Her date of birth is 12 June 1986 and she was last seen by the probation officer on 3 March 2023.",
    "He was born on 7 March 1992 and was recalled on 14/11/2024.",
    "His date of birth is 4 April 1985. The appointment on 4 April 1986 was missed.",
  ])("does not flag an unrelated date in %s", (text) => {
    expect(spans(text)).toHaveLength(1);
  });
  // A date before this century in brackets beside the person (heldout613–617); an event's date there is not one.
  it.each([
    ["The SI (14/08/1991) turned 35 on the day of the assault.", ["14/08/1991"]],
    ["The SI (12/03/2024) was recalled. PP1 (01/02/2019) visited.", []],
    // Beside a person's full name (heldout628, heldout639); a hearing's date beside a court is this century's.
    ["Kymani Rowbottom (03/02/2008) now lives with his grandmother.", ["03/02/2008"]],
    ["Harlow Crown (12/03/2024) sat late.", []],
    // Beside a surname alone, or inside the brackets after a full name (heldout655, heldout662).
    ["Kolgjini (17/06/1984) was on licence at the time.", ["17/06/1984"]],
    ["The SI (Ramunas Tickner, 03/03/1991) was made subject to an order.", ["03/03/1991"]],
  ])("in %s flags %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii006DateOfBirth: up to seven words between the cue and the date, on one line (heldout772)", () => {
  const dates = (text: string) =>
    runBlockRule(pii006DateOfBirth, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it("reads a date of birth given further on in its sentence", () => {
    expect(dates("Her DOB on the victim contact form is 09/01/1968.").join()).toContain("09/01/1968");
    expect(dates("Adult at risk DOB as written on the referral cover sheet: 03/05/2001.").join()).toContain(
      "03/05/2001",
    );
  });
  it("does not read past a withheld date of birth or a new line", () => {
    expect(dates("DOB: withheld\nName: SI\nNotified address: withheld\nDate notified: 03/02/2025")).toEqual([]);
    expect(dates("DOB withheld by the court; hearing on 03/02/2025.")).toEqual([]);
  });
});

describe("pii006DateOfBirth: a date after a record's name, surname first (heldout789–793)", () => {
  const dates = (text: string) =>
    runBlockRule(pii006DateOfBirth, text, "review.background", { register: [] })
      .filter((f) => f.rule === "PII-006")
      .map((f) => text.slice(f.from, f.to));
  it.each<[string, string[]]>([
    ["Subject: CATCOTT, Badri, 17/11/1988, of 4 Polden Rise.", ["17/11/1988"]],
    ["Table row: Cuffley, Goderdzi | 11/03/1987 | F793218 | Level 2 | high", ["11/03/1987"]],
    // A recent date after a name is an event's.
    ["Reviewed: Smith, Jan, 12/03/2024.", []],
    ["Visited Smith on 11/03/1987.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe("pii006DateOfBirth: a table row opening with a person's name, then an old date (heldout801–805)", () => {
  const dates = (text: string) =>
    runBlockRule(pii006DateOfBirth, text, "review.background", { register: [] })
      .filter((f) => f.rule === "PII-006")
      .map((f) => text.slice(f.from, f.to));
  it.each<[string, string[]]>([
    ["KINGLASSIE | Vahagn | 09/08/1988 | N804317 | Glenrothes", ["09/08/1988"]],
    ["Yunus Otterden | 03/08/1996 | N805316 | MAPPA level 3 | recalled", ["03/08/1996"]],
    ["KUBANYCH ITTERINGHAM | 14/05/1990 | C14 | Packhouse B", ["14/05/1990"]],
    // An offence's row, and a recent date, are not births.
    ["Burglary | 12/03/2009 | Leeds Crown Court", []],
    ["Theft Act | 12/03/2009 | fine", []],
    ["Yunus Otterden | 03/08/2024 | induction", []],
  ])("in %s finds %j", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe("pii006DateOfBirth: a row's person, then an identifier's cell, then the date (heldout811–812)", () => {
  const dates = (text: string) =>
    runBlockRule(pii006DateOfBirth, text, "review.background", { register: [] })
      .filter((f) => f.rule === "PII-006")
      .map((f) => text.slice(f.from, f.to));
  it.each<[string, string[]]>([
    ["Vychan, Gerallt | CRN V811437 | 19/08/1981 | order ends 27/01/2027", ["19/08/1981"]],
    ["Identifiers | RUDZITIS | 19/08/2004 | P812407 | licence end 28/12/2026", ["19/08/2004"]],
    ["Offences | CPS | 12/03/2009 |", []],
    ["Theft | 2009/114 | 12/03/2009 |", []],
  ])("in %s finds %j", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe("pii006DateOfBirth: a row's initial and capitalised surname, then the date (heldout831)", () => {
  const dates = (text: string) =>
    runBlockRule(pii006DateOfBirth, text, "review.background", { register: [] })
      .filter((f) => f.rule === "PII-006")
      .map((f) => text.slice(f.from, f.to));
  it.each<[string, string[]]>([
    ["Custody record | S. HEXTALL | 22/08/1979 | cell 6 | detained 08:40", ["22/08/1979"]],
    ["Custody record | S. | 22/08/1979 | cell 6", []],
  ])("in %s finds %j", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe("pii006DateOfBirth: a year of birth opening a sentence says an age (heldout839–849)", () => {
  const found = (text: string) =>
    runBlockRule(pii006DateOfBirth, text, "review.background", { register: [] }).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Born in 1979, he qualified as an instructor in 2011.", [["Born in 1979", "info"]]],
    ["He has lived here all his life. Born in 1988, he left school at 16.", [["Born in 1988", "info"]]],
    ["Liam, born in 1984, moved to Leeds.", [["born in 1984", "warning"]]],
    ["Born 12/03/1988 in Leeds.", [["Born 12/03/1988", "warning"]]],
    // heldout896: a list of people, a name, a date and a case number
    ["Item 2: Sitraka Andrianaivo, 22/07/1986, CRN Z896412.", [["22/07/1986", "warning"]]],
    ["Item 2: Sitraka Andrianaivo, 22/07/2024, CRN Z896412.", []],
    // heldout959: a police log's party in capitals, then their date of birth
    ["VICTIM: CORAY LEZA 03/05/2021", [["03/05/2021", "warning"]]],
    ["SECOND SUSPECT: TSCHUOR CHATRINA 22/07/1997", [["22/07/1997", "warning"]]],
    // heldout967: a name with its initial between the label and the date
    ["Date of birth for R. Kazlauskas: 03/09/2005.", [["Date of birth for R. Kazlauskas: 03/09/2005", "warning"]]],
    ["DOB checked. Visit on 12/03/2024.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
