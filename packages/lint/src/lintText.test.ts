import { describe, expect, it } from "vitest";
import { lintText } from "./lintText.js";
import { seedPassages } from "./rules/seedPassagesFixture.js";

const register = [
  { name: "Darren Mills", identifier: "Mr K", role: "supervised individual" },
  { name: "Kelly Brown", identifier: "Ms B", role: "SFO victim" },
  { name: "Amy Carter", identifier: "A", role: "index-offence victim" },
  { name: "Sarah Jenkins", identifier: "PP1", role: "staff", pronouns: "unconfirmed", identifiableByGender: true },
  { name: "Tom Reid", identifier: "SPO2", role: "staff", pronouns: "he/him" },
  { name: "Priya Shah", identifier: "PDU1", role: "staff" },
  { name: "Leon Ward", identifier: "QDO", role: "staff" },
  { name: "Chris Hale", identifier: "RM", role: "rm" },
];
const glossary = [{ term: "OASys" }, { term: "risk management plan (RMP)" }, { term: "MAPPA" }];
const spans = (text: string, context = {}) =>
  lintText(text, { register, glossary, ...context }).map((f) => [f.rule, text.slice(f.from, f.to)]);

describe("lintText on DOMAIN.md §8 fixtures", () => {
  it("F-01 finds the planted issues", () => {
    const text =
      "On 14/03/2023 a risk assessment was completed and the risk was assessed as medium. Sarah Jenkins failed to complete the DA checks on Kelly Brown. She was off sick with stress for three weeks in February. With hindsight, it is obvious that the SFO could have been prevented had the checks been made. The commission of the offence took place at 12 Acacia Road, Anytown AN1 2XY, two days after Mr Mills was released from HMP Leeds. In section 10.6 of OASys PP1 scored emotional wellbeing as 0.";
    const found = spans(text);
    for (const expected of [
      ["LANG-001", "was completed"],
      ["RISK-001", "the risk was assessed"],
      ["PII-001", "Sarah Jenkins"],
      ["TONE-001", "failed to"],
      ["ACR-001", "DA"],
      ["ACR-002", "DA"],
      ["PII-003", "Kelly Brown"],
      ["TONE-006", "She"],
      ["HIND-001", "With hindsight"],
      ["HIND-002", "could have been prevented"],
      ["LANG-005", "The commission of the offence"],
      ["PII-007", "12 Acacia Road, Anytown AN1 2XY"],
      ["PII-005", "HMP Leeds"],
      ["LANG-004", "section 10.6 of OASys"],
    ])
      expect(found).toContainEqual(expected);
    expect(found.some(([rule]) => rule === "PII-015")).toBe(true);
  });

  it("F-01 corrected version raises no warnings about the language, tone or personal data", () => {
    const text =
      "PP1 completed a risk assessment on 14/03/2023. It assessed Mr Mills as posing a medium risk of serious harm to known adults. PP1 did not request domestic abuse (DA) checks from the police about Ms B, his new partner. PP1 was absent from work for part of February and no cover arrangements were in place. Mr Mills was released from prison two days before he attacked Ms B at her home.";
    const found = lintText(text, { register, glossary: [...glossary, { term: "DA", expansion: "domestic abuse" }] });
    expect(found.filter((f) => f.severity !== "info" && f.rule !== "ACR-003")).toEqual([]);
  });

  it("F-02 flags the date of birth, CRN, detached wording and YOT", () => {
    const found = spans(
      "Darren Mills (DOB 02/05/1991, CRN X123456) was subject to a 24-month licence. The offence was committed on 5 June. Probation staff worked with the YOT and the police. PP1 was not interviewed.",
    );
    expect(found).toContainEqual(["PII-006", "DOB 02/05/1991"]);
    expect(found).toContainEqual(["PII-011", "CRN X123456"]);
    expect(found).toContainEqual(["LANG-005", "The offence was committed"]);
    expect(found).toContainEqual(["ACR-001", "YOT"]);
    expect(found.some(([rule, span]) => rule.startsWith("PII-00") && span === "Darren Mills")).toBe(false);
  });

  it("flags the supervised individual's name only in the shareable copy (PII-004)", () => {
    const found = lintText("Darren Mills was released on 3 June.", { register, shareable: true });
    expect(found.map((f) => [f.rule, f.severity])).toContainEqual(["PII-004", "error"]);
  });

  it("F-12 seed phrases are flagged", () => {
    expect(
      spans("To inform sentencing, a PSR and accompanying risk assessment may have been completed."),
    ).toContainEqual(["ACR-001", "PSR"]);
    const four = spans("e.g. PD formulation, extremism risk screening tool (ERS), SARA, RM2000, ARMS").filter(
      ([r]) => r === "ACR-001",
    );
    expect(four.map(([, s]) => s)).toEqual(["PD", "SARA", "RM2000", "ARMS"]);
    expect(spans("HMMPS will consider whether the revised format lends itself to greater sharing.")).toContainEqual([
      "ACR-006",
      "HMMPS",
    ]);
    expect(spans("Reference SFO60001bloggsJstage.")).toContainEqual(["PII-012", "SFO60001bloggsJstage"]);
  });

  it("offers 'spell out here' and 'add to glossary' fixes carrying the expansion", () => {
    const found = lintText("The RoSH was high.", { glossary: [] });
    const acr1 = found.find((f) => f.rule === "ACR-001");
    const acr2 = found.find((f) => f.rule === "ACR-002");
    expect(acr1?.fixes?.[0]).toMatchObject({ kind: "replace", text: "risk of serious harm (RoSH)" });
    expect(acr2?.fixes?.[0]).toMatchObject({
      kind: "addGlossaryEntry",
      term: "RoSH",
      expansion: "risk of serious harm",
    });
  });

  it("counts 'failings' across paragraphs (TONE-002) and respects known acronyms", () => {
    const found = lintText(
      "Failings were evident.\n\nMore failings.\n\nManagement oversight failings were evident throughout.",
    );
    expect(found.filter((f) => f.rule === "TONE-002").map((f) => f.severity)).toEqual(["info", "info", "warning"]);
    expect(lintText("The PSR was late.", { known: ["PSR"] }).filter((f) => f.rule === "ACR-001")).toEqual([]);
  });
});

describe("F-11 regression guards from the seeds", () => {
  const noisy = (text: string, scope: string) =>
    lintText(text, { scope }).filter(
      (f) => f.severity !== "info" && /^(?:RISK|TONE|HIND|JUDG|PII|LANG-00[2-9])/.test(f.rule),
    );

  it("003 §3.4.4 model paragraph: no RISK-001, at most the one passive", () => {
    const text = seedPassages.modelParagraph003;
    const found = lintText(text, { scope: "review.analysis.judgement" });
    expect(found.filter((f) => f.rule === "RISK-001")).toEqual([]);
    expect(found.filter((f) => f.rule === "LANG-001").map((f) => text.slice(f.from, f.to))).toEqual([
      "were identified",
    ]);
    expect(noisy(text, "review.analysis.judgement")).toEqual([]);
  });

  it("001 'Sufficient judgements' examples and the McSweeney paragraph raise no TONE or HIND warnings", () => {
    for (const text of [seedPassages.releasePeriod001, seedPassages.pduHead001, seedPassages.noOasys001]) {
      const found = lintText(text, { scope: "review.analysis.judgement" }).filter((f) => /^(?:TONE|HIND)/.test(f.rule));
      expect(found, text.slice(0, 40)).toEqual([]);
    }
  });
});
