import { describe, expect, it } from "vitest";
import { cellsBesideRole, nameColumnCells } from "./nameColumnCells.js";

const cells = (text: string) => nameColumnCells(text).map(({ from, to }) => text.slice(from, to));

describe("nameColumnCells", () => {
  it("reads the cells under a table's name columns", () => {
    const table =
      "Pasted:\nSURNAME | FORENAME | NUMBER | CELL\nMARROW | DENZIL | B4927KT | W3-11\nDINSDALE | DUANE | A3861PW | W3-12";
    expect(cells(table)).toEqual(["MARROW", "DENZIL", "DINSDALE", "DUANE"]);
  });
  it("reads tab-separated tables and full names", () => {
    expect(cells("Name\tRole\nAnna Kovac\tPP1\nN/A\tSPO2")).toEqual(["Anna Kovac"]);
  });
  it("leaves numbers, codes, placeholders and tables without a name column alone", () => {
    expect(cells("SURNAME | CELL\n1234 | W3-11\nUnknown | W3-12")).toEqual([]);
    expect(cells("Date | Event\n02/06 | Marrow rang")).toEqual([]);
  });
  it("ends a table at a line without cells", () => {
    expect(cells("Name | Role\nAnna Kovac | PP1\n\nLater | notes\nMarrow | SI")).toEqual(["Anna Kovac"]);
  });
});

describe("cellsBesideRole", () => {
  const isRole = (cell: string) => /(?:examiner|facilitator|officer)$/i.test(cell);
  const beside = (text: string) => cellsBesideRole(text, isRole).map(({ from, to }) => text.slice(from, to));
  it("reads a row's two or three capitalised words beside a role as a full name", () => {
    expect(beside("Cuthred Peppercorn | Polygraph examiner | Probation")).toEqual(["Cuthred Peppercorn"]);
    expect(beside("Housing officer\tAnna Maria Kovac")).toEqual(["Anna Maria Kovac"]);
    // A table pasted onto one line keeps its rows apart with dashes.
    expect(beside("Name | Role — Ferdy Wilmot | Housing officer — Wilmot Scaffolding | 12")).toEqual(["Ferdy Wilmot"]);
  });
  it("leaves a single word, a phrase with small words, and rows without a role alone", () => {
    expect(beside("Probation | Polygraph examiner")).toEqual([]);
    expect(beside("Polygraph examiner | Diocese of Nethersall")).toEqual([]);
    expect(beside("Cuthred Peppercorn | 12/08/2024")).toEqual([]);
  });
});
