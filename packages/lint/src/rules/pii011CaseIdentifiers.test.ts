import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii011CaseIdentifiers } from "./pii011CaseIdentifiers.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii011CaseIdentifiers (PII-011)", () => {
  it.each(["Darren Mills (CRN X123456) was on licence.", "PNC 2019/0123456X was checked.", "Prison number A1234BC."])(
    "flags %s",
    (text) => {
      const found = runBlockRule(pii011CaseIdentifiers, text, "review.background", context).filter((f) =>
        f.rule.startsWith("PII-"),
      );
      expect(found.length).toBeGreaterThan(0);
    },
  );
  it.each([
    ["Darren Mills (CRN X123456) was on licence.", "CRN X123456"],
    ["PNC 2019/0123456X was checked.", "PNC 2019/0123456X"],
    ["Prison number A1234BC.", "A1234BC"],
    ["NHS number 999 418 2736 was on the referral.", "NHS number 999 418 2736"],
    ["Home Office reference K4718206 was quoted.", "Home Office reference K4718206"],
    ["Her visa application reference is GWF071446295.", "GWF071446295"],
    ["The victim's NRM referral number was NRM-24-41873.", "NRM-24-41873"],
    ["Mr Sangari's ARAP reference is ARAP-4471-0225.", "ARAP-4471-0225"],
    ["The puppy was registered under microchip number 977200009422803.", "microchip number 977200009422803"],
    ["His tachograph driver card number was DB23241700000157.", "tachograph driver card number was DB23241700000157"],
    ["His hospital staff number LGH-871-5530 was on his badge.", "staff number LGH-871-5530"],
    ["His pool lifeguard qualification number, PLQ/2631/16, was issued in 2016.", "qualification number, PLQ/2631/16"],
    ["Her nursing registration number 86I0818W was on the rota.", "nursing registration number 86I0818W"],
    ["Her membership card number, CB-203961, was on the raffle slip.", "membership card number, CB-203961"],
    ["His HGV driver card number was ZUKAU806148AR9.", "driver card number was ZUKAU806148AR9"],
    ["Her DVSA tester number was DADD7114.", "DVSA tester number was DADD7114"],
    ["Her library card number is 2770 4418 9953.", "library card number is 2770 4418 9953"],
    ["The SI's CSCS card number was 28146071.", "CSCS card number was 28146071"],
    ["His PickTrack worker ID, PT-292117, logged him out.", "worker ID, PT-292117"],
    ["His coaching licence number CLN27230931 was on the sheet.", "coaching licence number CLN27230931"],
    ["His NHS number is 999 418 2736.", "NHS number is 999 418 2736"],
    ["NHS No: 999-418-2736 was on the form.", "NHS No: 999-418-2736"],
    ["HO Ref: B1234567/01 was quoted.", "HO Ref: B1234567/01"],
    ["ViSOR nominal NOM-2016-0448213 was updated.", "ViSOR nominal NOM-2016-0448213"],
    ["ViSOR reference: VN 26-1184302", "ViSOR reference: VN 26-1184302"],
    ["Driver ID TRD-55812 was deactivated.", "Driver ID TRD-55812"],
    ["Dashbite driver DB-40733 logged off at 22:58.", "driver DB-40733"],
    ["The borrowed SIA licence was number 1014 2258 7731 9046.", "SIA licence was number 1014 2258 7731 9046"],
    ["His NHS number, 602 417 3395, was on the form.", "NHS number, 602 417 3395"],
    ["SIA badge 1014 5590 2218 7306 belongs to the steward.", "SIA badge 1014 5590 2218 7306"],
    ["M. Farrow – NRM ref NRM-2025-03317", "NRM ref NRM-2025-03317"],
    ["PC Bastian (collar number 2738) is the rural officer.", "collar number 2738"],
    ["The IMEI of the seized phone was 356938 10 442817 3.", "IMEI of the seized phone was 356938 10 442817 3"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(pii011CaseIdentifiers, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each([
    ["NHS number 999 418 2736 was on the referral.", "Looks like an NHS number: remove it from the review."],
    ["Driver ID TRD-55812 was deactivated.", "Looks like an app's driver or rider ID: remove it from the review."],
    ["Home Office reference K4718206 was quoted.", "Looks like a Home Office reference: remove it from the review."],
    ["Her library card number is 2770 4418 9953.", "Looks like a library card number: remove it from the review."],
    [
      "Mr Sangari's ARAP reference is ARAP-4471-0225.",
      "Looks like an Afghan relocation (ARAP) reference: remove it from the review.",
    ],
  ])("names what %s holds with the article its first sound takes", (text, message) => {
    const found = runBlockRule(pii011CaseIdentifiers, text, "review.background", context).filter(
      (f) => f.rule === "PII-011",
    );
    expect(found.map((f) => f.message)).toEqual([message]);
  });
  it.each([
    "He was on licence for 24 months.",
    "The incident log 9994182736 was closed.",
    "The NHS trust wrote to the Home Office about the referral.",
  ])("passes %s", (text) => {
    expect(
      runBlockRule(pii011CaseIdentifiers, text, "review.background", context).filter((f) => f.rule === "PII-011"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Darren Mills (CRN X123456) was on licence.";
    expect(
      runBlockRule(pii011CaseIdentifiers, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});

describe("pii011CaseIdentifiers: an NRM referral's date is no reference (heldout92)", () => {
  it("passes the date", () => {
    const text = "Date of NRM referral: 18/03/2025.";
    expect(runBlockRule(pii011CaseIdentifiers, text, "review.background", context)).toEqual([]);
  });
});

describe("pii011CaseIdentifiers: ViSOR without a nominal's reference (heldout74)", () => {
  it.each(["He was added to ViSOR in 2016.", "The ViSOR nominal was updated in 2024 by DC Censer."])(
    "passes %s",
    (text) => {
      expect(runBlockRule(pii011CaseIdentifiers, text, "review.background", context)).toEqual([]);
    },
  );
});

describe("pii011CaseIdentifiers: an NHS number without its label (heldout26)", () => {
  const found = (text: string) =>
    runBlockRule(pii011CaseIdentifiers, text, "review.background", { register: [] }).map((f) =>
      text.slice(f.from, f.to),
    );
  it.each([
    ["999 602 8815 appears at the top of the GP letter.", ["999 602 8815"]],
    // No health care in the sentence, or a phone number's shape.
    ["Reference 999 602 8815 was quoted by the housing office.", []],
    ["The surgery's number is 0113 496 0638.", []],
    // A phone number after +44, and ten digits whose check digit fails, are no NHS number.
    ["Ring the GP surgery on +44 161 496 0000.", []],
    ["The hospital invoice 202 405 1187 was paid.", []],
    ["His NHS record 943 476 5919 was shared.", ["943 476 5919"]],
    // Emergency care is health care too.
    ["Triage at 03:12: 999 602 8815, cut to left forearm.", ["999 602 8815"]],
    ["Paramedics recorded 999 602 8815 on the form.", ["999 602 8815"]],
    ["The ward manager recorded 999 602 8815.", ["999 602 8815"]],
    ["Ambulance incident 999 602 8815 was logged, and the Harehills ward councillor wrote.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii011CaseIdentifiers: armed forces service numbers", () => {
  const found = (text: string) =>
    runBlockRule(pii011CaseIdentifiers, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each([
    ["Service no. 24681357 | Private | discharged 2019", ["Service no. 24681357"]],
    ["His army number was 25010203.", ["army number was 25010203"]],
    ["Officer's service number: P302418.", ["service number: P302418"]],
    ["He gave his service number, 24681357, to the desk.", ["service number, 24681357"]],
    ["His Service Number (24681357) was on the form.", ["Service Number (24681357)"]],
    ["His regimental number was 24681357.", ["regimental number was 24681357"]],
    // Eight digits with no label are too many other things; six after "service number" are a helpline's.
    ["Invoice 24681357 was paid in March.", []],
    ["Ring their free service number 116123.", []],
    // Firearm and shotgun certificates, with their label (heldout41).
    ["His shotgun certificate, SG 208153, was revoked.", ["shotgun certificate, SG 208153"]],
    ["Firearm certificate number 731946 was seized with the guns.", ["Firearm certificate number 731946"]],
    ["His shotgun certificate was revoked in 2024.", []],
    ["Shotgun certificate number SGC/UW/70319 was still valid.", ["Shotgun certificate number SGC/UW/70319"]],
    // A hospital's own number for its patient (heldout100).
    ["Hospital number: RGH448127.", ["Hospital number: RGH448127"]],
    ["The LPA was registered under OPG reference 7002-1184-3390.", ["OPG reference 7002-1184-3390"]],
    ["The OPG reference is pending.", []],
    ["Staff ID badge: UPW 5532.", ["Staff ID badge: UPW 5532"]],
    [
      "The collar number of the arresting officer, 3064, is on the record.",
      ["collar number of the arresting officer, 3064"],
    ],
    ["The patient number was 2019, then 2020.", []],
    ["He was granted a shotgun certificate in 2019.", []],
    // Transport and education numbers (heldout43, heldout44).
    ["DVLA driver number: MORGA753116SM9IJ", ["MORGA753116SM9IJ"]],
    ["His private hire driver licence, SDC/PH/05127, was renewed.", ["private hire driver licence, SDC/PH/05127"]],
    ["The council issued badge number 6183 to him.", ["badge number 6183"]],
    // Four digits on a club's or a crew's own badge or membership single out no one outside it (heldout350–372).
    ["His volunteer badge number is 0363. His membership number is 0362.", []],
    ["His society membership number was CVAS-0417.", ["membership number was CVAS-0417"]],
    ["His student ID number, CC24-118093, was on the letters.", ["student ID number, CC24-118093"]],
    ["ULN: 9471208365", ["ULN: 9471208365"]],
    ["The enhanced DBS certificate has the number 001789342615.", ["001789342615"]],
    ["His driving licence was revoked in 2024.", []],
    ["He held a driving licence 2019-2024.", []],
    ["PC Jones, badge number 4471, attended.", []],
    ["Badge number: 4471", ["Badge number: 4471"]],
    ["The DBS check came back; his phone number 447700900123 was checked.", []],
    ["Driver number MORGA 753116 SM9 IJ", ["MORGA 753116 SM9 IJ"]],
    // A tenancy's reference, with its label (heldout46).
    ["Tenancy ref: EH-TEN-0048812", ["Tenancy ref: EH-TEN-0048812"]],
    ["The tenancy number is 45521.", ["tenancy number is 45521"]],
    ["The tenancy ended on 3 May 2024 and the tenancy officer wrote in 2025.", []],
    ["Tenancy reference 2024 was mentioned in the 2023 tenancy number review.", []],
    // A club's membership and a league player's registration (heldout47).
    ["Membership no.: BG-0447219", ["Membership no.: BG-0447219"]],
    ["Player reg. no.: CSL-88104", ["Player reg. no.: CSL-88104"]],
    ["His membership number was renewed in 2024.", []],
    ["Tenancy reference 2021/0457", ["Tenancy reference 2021/0457"]],
    ["Tenancy Reference: TR-99812", ["Tenancy Reference: TR-99812"]],
    ["Membership Number: 448812", ["Membership Number: 448812"]],
    ["Membership number 2019/20 was high.", []],
    // Passports, travel documents and immigration references, with their labels (heldout54).
    ["The family's immigration reference is H2260914.", ["immigration reference is H2260914"]],
    ["His passport number, 548201937, expires on 30/09/2031.", ["passport number, 548201937"]],
    ["He travelled on a travel document, number TD0048215.", ["travel document, number TD0048215"]],
    ["His passport number was not recorded, and visa number 2023 is no number.", []],
    ["His passport (number 548201937) was kept; reference H2260914/002.", ["passport (number 548201937"]],
    ["The immigration reference is H2260914/002.", ["immigration reference is H2260914/002"]],
    ["Passport No: 12AB34567; his Irish passport (PA1234567).", ["Passport No: 12AB34567", "passport (PA1234567"]],
    ["The Home Office reference number was B1234567/2.", ["Home Office reference number was B1234567/2"]],
    ["The passport office (2024) was slow, and his passport was valid until 2031.", []],
    // A payroll or employee number, with its label (heldout59).
    ["Payroll no: 004417; his employee ID is E-88213.", ["Payroll no: 004417", "employee ID is E-88213"]],
    ["The staff number 2024 was low, and staff no. 12-hour shifts were worked.", []],
    ["Payroll No: 004417", ["Payroll No: 004417"]],
    ["Payroll Number 2500 staff were paid; Works Number 1000s of items.", []],
    // With its employer between the label and the number (heldout118).
    [
      "His employee number at the warehouse, 00471638, was on the payslip.",
      ["employee number at the warehouse, 00471638"],
    ],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii011CaseIdentifiers: an NHS number after 'NHS' alone (heldout786)", () => {
  const flagged = (text: string) =>
    runBlockRule(pii011CaseIdentifiers, text, "review.background", { register: [] })
      .filter((f) => f.rule === "PII-011")
      .map((f) => text.slice(f.from, f.to));
  it.each<[string, string[]]>([
    ["Patient: male, 64; NHS 486 786 3125.", ["NHS 486 786 3125"]],
    ["Ring NHS 111 for advice.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe("pii011CaseIdentifiers: an officer's collar number is a work identifier (heldout707–809)", () => {
  const found = (text: string) =>
    runBlockRule(pii011CaseIdentifiers, text, "review.background", { register: [] }).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["The dog unit log lists the handler only by collar number 2290.", [["collar number 2290", "info"]]],
    [
      "Officer in case: PC Litton, collar number 4417; CRN X123456.",
      [
        ["collar number 4417", "info"],
        ["CRN X123456", "warning"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
