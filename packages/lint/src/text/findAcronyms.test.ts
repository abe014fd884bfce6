import { describe, expect, it } from "vitest";
import data from "../data/acronyms.json" with { type: "json" };
import { lookupAcronym } from "./acronymDictionary.js";
import { findAcronyms } from "./findAcronyms.js";
import { TextBlock } from "./TextBlock.js";

const forms = (text: string) =>
  findAcronyms(new TextBlock(text), new Set()).map((a) => [a.form, text.slice(a.from, a.to), a.expanded]);

describe("findAcronyms", () => {
  it("finds the acronym in a hyphenated compound", () => {
    const text = "He became MAPPA-eligible after a non-OASys screening.";
    expect(forms(text)).toEqual([
      ["MAPPA", "MAPPA", false],
      ["OASys", "OASys", false],
    ]);
  });

  it("leaves a lower-case prefix out of the acronym", () => {
    expect(forms("As a non-MAPPA case he was managed at tier 3.")).toEqual([["MAPPA", "MAPPA", false]]);
    expect(forms("Post-HDC reviews are not routine.")).toEqual([["HDC", "HDC", false]]);
  });

  it("keeps hyphenated acronyms whole", () => {
    expect(forms("The R-CAT score was low.").map(([form]) => form)).toEqual(["R-CAT"]);
  });

  it("leaves plural, possessive, clitic and footnote marks out of the form", () => {
    expect(forms("The RMPs were late. The PDU's manager QA'd the MAPPA² minutes.").map(([form]) => form)).toEqual([
      "RMPs",
      "PDU",
      "QA",
      "MAPPA",
    ]);
  });

  it.each([
    ["The Offender Assessment System (OASys) was used.", "OASys"],
    ["The Domestic Abuse, Stalking and Harassment (DASH) checklist was done.", "DASH"],
    ["The PPG answer questions from Members of Parliament (MPs).", "MPs"],
    ["Ministers receive correspondence (MC) from MPs.", "MC"],
    ["He was on the Offender Personality Disorder pathway (OPD).", "OPD"],
    ["His risk of serious harm (RoSH) was high.", "RoSH"],
    ["The Dept. for Work and Pensions (DWP) wrote.", "DWP"],
    ["The 'Approved Premises' (AP) were full.", "AP"],
    ["The Domestic Abuse, Stalking, Harassment and Honour Based Violence (DASH) checklist.", "DASH"],
  ])("reads the words before the bracket as spelling the acronym out in %s", (text, form) => {
    expect(forms(text).find(([f]) => f === form)?.[2]).toBe(true);
  });

  it.each([
    ["Present: Police (DS), Housing, Children's Social Care and Probation (SPO).", "SPO"],
    ["Present: Police (PC), Probation (PO), Housing (HO).", "PO"],
    ["Present: Police (PC), Probation (PO), Housing (HO).", "HO"],
  ])("does not read a bracket in an attendance list as spelling the acronym out: %s (%s)", (text, form) => {
    expect(forms(text).find(([f]) => f === form)?.[2]).toBe(false);
  });

  it("reads a dictionary acronym with a vowel opening a sentence as an acronym, not a word shouted (acronyms 1.41.0)", () => {
    expect(forms("ANPR cameras on the bypass recorded the tipper.").map(([form]) => form)).toEqual(["ANPR"]);
    expect(lookupAcronym("ANPR")).toBeDefined();
  });

  it("reads a reference code's letters, or a district after a preposition, as no acronym", () => {
    expect(forms("Tenancy ref: EH-TEN-0048812, project UPW-HM-0412.")).toEqual([]);
    expect(forms("His flat is in UY2.")).toEqual([]);
    expect(forms("Kestleford JT3 and JT5 share an ambulance station.")).toEqual([]);
    expect(forms("His address moved from KX7 to KX4 in April.")).toEqual([]);
    expect(forms("He moved between LS6 and LS9.")).toEqual([]);
    expect(forms("The Leeds T2A project took him on.").map(([form]) => form)).toEqual(["T2A"]);
    // A service's code after a town, or opening a sentence, is an acronym; "MH2" (capitals run into a number, not in
    // the dictionary) is a numbered form, neither an acronym nor a district.
    expect(forms("The T2A hub and the Leeds MH2 team.").map(([form]) => form)).toEqual(["T2A"]);
    expect(forms("The T2A hub and the Leeds WO2 mess.").map(([form]) => form)).toEqual(["T2A", "WO2"]);
    expect(forms("The WO2 who ran the stores gave evidence.").map(([form]) => form)).toEqual(["WO2"]);
    expect(forms("He was at WO2 level.").map(([form]) => form)).toEqual(["WO2"]);
  });

  it("reads a postcode district named as a place as no acronym", () => {
    expect(forms("The court moved to a building in the JW1 district.")).toEqual([]);
    expect(forms("Most calls came from the QI5 postcode area.")).toEqual([]);
    expect(forms("He was excluded from the JW1 and JW2 districts.")).toEqual([]);
    expect(forms("His exclusion zone covered postcode district JW1.")).toEqual([]);
    expect(forms("The JW team met.").map(([f]) => f)).toEqual(["JW"]);
    // A vehicle registration's two halves are personal data, not acronyms.
    expect(forms("The quad bike, registration ZB21 TLH, was seized.")).toEqual([]);
    expect(forms("He drove a blue Corsa, reg AB12CDE.")).toEqual([]);
  });

  it("knows the services' and reviews' acronyms (heldout39, heldout40)", () => {
    expect(forms("SSAFA found him a bed, and the CO signed the papers.").map(([f]) => f)).toEqual(["SSAFA", "CO"]);
    // In a probation review RMP is the risk management plan, even in a service case; CO and SAR have two senses.
    expect(lookupAcronym("RMP")?.meanings).toBeUndefined();
    expect(lookupAcronym("CO")?.meanings).toEqual(["community order", "commanding officer"]);
    expect(lookupAcronym("SAR")?.meanings).toEqual(["subject access request", "safeguarding adult review"]);
    expect(lookupAcronym("SARC")?.expansion).toBe("sexual assault referral centre");
    expect(forms("The FE college and the OU.").map(([f]) => f)).toEqual(["FE", "OU"]);
    expect(lookupAcronym("IOPC")?.expansion).toBe("Independent Office for Police Conduct");
  });

  it("reads a mixed-case acronym written in capitals as the same acronym", () => {
    expect(lookupAcronym("VISOR")?.forms[0]).toBe("ViSOR");
    expect(lookupAcronym("OASYS")?.forms[0]).toBe("OASys");
    expect(lookupAcronym("HMPPSX")).toBeUndefined();
  });

  it("knows the court's titles", () => {
    expect(lookupAcronym("DJ")?.expansion).toBe("District Judge");
    expect(lookupAcronym("KCs")?.expansion).toBe("King's Counsel");
  });

  it("skips postcodes but not letter-digit acronyms", () => {
    expect(forms("He moved to 4 Mill Lane, Easthaven EH4 7QT.")).toEqual([]);
    expect(forms("A CAS3 bed was found.").map(([form]) => form)).toEqual(["CAS3"]);
  });

  it("reads capitals run into a number as a numbered form or a worker, unless the dictionary lists that form", () => {
    expect(forms("The MG5 was not shared, and the police MG11 arrived late.")).toEqual([]);
    expect(forms("PP1 and YOT1 spoke once.")).toEqual([]);
    expect(forms("His OGRS3 and SA07 scores were low.").map(([form]) => form)).toEqual(["OGRS3", "SA07"]);
    expect(lookupAcronym("RUI")?.expansion).toBe("released under investigation");
  });

  it("skips the letters of a National Insurance number, spaced or not, but not a two-letter acronym", () => {
    expect(forms("His number is QQ 12 34 56 C, or ZX123456B on the older form.")).toEqual([]);
    expect(forms("The DA checks were 12 weeks late.").map(([form]) => form)).toEqual(["DA"]);
  });

  it("skips ordinary words written in capitals", () => {
    expect(forms("He must NOT contact her. The risk was HIGH. NOTE: see below.")).toEqual([]);
  });

  it("skips a record's surname in capitals before its forename (heldout114, 116)", () => {
    expect(forms("Pasted from the record: STOKOE, Kaiden; Team: North.")).toEqual([]);
    expect(forms("The MAPPA, Jan said, met.").map(([form]) => form)).toEqual(["MAPPA"]);
  });

  it("skips a run of capitalised words with an ordinary word among them, but not a dictionary acronym in it", () => {
    expect(forms("He said he wasnt there, DONT BELIEVE HIM.")).toEqual([]);
    expect(forms("He said FINE, I WONT, then went round anyway.")).toEqual([]);
    expect(forms("He must NOT CONTACT MAPPA staff.").map(([form]) => form)).toEqual(["MAPPA"]);
    expect(forms("The XYZ panel met.").map(([form]) => form)).toEqual(["XYZ"]);
    expect(forms("He was diagnosed with ME in 2015.").map(([form]) => form)).toEqual(["ME"]);
    expect(forms("CAMHS had closed the case.").map(([form]) => form)).toEqual(["CAMHS"]);
    expect(forms("PP1 spoke to GRAHAM, and his mate KYLE MOSS said MAPPA knew.").map(([form]) => form)).toEqual([
      "MAPPA",
    ]);
    expect(forms("Each confirmed that it was FAIR to them, and no one asked whether it was EVER reviewed.")).toEqual(
      [],
    );
  });

  it("reads headings of pasted minutes as words, and custody and police terms at a sentence's start as acronyms", () => {
    expect(forms("MAPPA LEVEL 2 MINUTES – VERSION 1.2. RESULT: bail continued.").map(([form]) => form)).toEqual([
      "MAPPA",
    ]);
    expect(forms("ACCT documents were opened twice.").map(([form]) => form)).toEqual(["ACCT"]);
    expect(forms("No ISA was in place and the EM data was lost.").map(([form]) => form)).toEqual(["ISA", "EM"]);
  });

  it("keeps the capitalised-word list apart from the dictionary", () => {
    expect(data.capitalisedWords.filter((w) => lookupAcronym(w))).toEqual([]);
  });

  it("counts 'Expansion (ACR)' but not an expansion without brackets as spelt out", () => {
    expect(forms("The victim liaison unit (VLU) wrote to her.")).toEqual([["VLU", "VLU", true]]);
    expect(forms("The victim liaison unit wrote first, and the VLU wrote again.")).toEqual([["VLU", "VLU", false]]);
  });

  it("counts 'ACR (Expansion)' as spelt out only where the bracket opens with its initial (heldout294, 295)", () => {
    expect(forms("The ETE (education, training and employment) plan lapsed.")).toEqual([["ETE", "ETE", true]]);
    expect(forms("The ETE (he had stopped his course) plan lapsed.")).toEqual([["ETE", "ETE", false]]);
    expect(forms("He was issued an SPN (the Serious Persons Notice) in May.")).toEqual([["SPN", "SPN", true]]);
    expect(forms("The SPO (see below) did not countersign.")).toEqual([["SPO", "SPO", false]]);
  });
});
