import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { acr001FirstUse } from "./acr001FirstUse.js";

describe("acr001FirstUse (ACR-001)", () => {
  it("is a document rule for ACR-001", () => {
    expect(acr001FirstUse.ids).toContain("ACR-001");
  });
  it("flags", () => {
    expect(
      lintText("The PSR was late. The pre-sentence report (PSR) followed.".replace(/\\n/g, "\n"), {
        scope: "review.summary",
      }).filter((f) => f.rule === "ACR-001").length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("The pre-sentence report (PSR) was late. The PSR followed.", { scope: "review.summary" }).filter(
        (f) => f.rule === "ACR-001",
      ),
    ).toEqual([]);
  });

  const acr001 = (text: string, known?: string[]) =>
    lintText(text, { scope: "review.summary", ...(known ? { known } : {}) })
      .filter((f) => f.rule === "ACR-001")
      .map((f) => text.slice(f.from, f.to));

  it.each([
    ["MAPPA – Multi-Agency Public Protection Arrangements", []],
    ["• PSR: pre-sentence report", []],
    ["RoSH – risk of serious harm, as scored in the assessment", []],
    // Not a definition: the words after the dash do not spell it, or it does not open the line.
    ["PSR – sent to court on time", ["PSR"]],
    ["The plan named MAPPA – Multi-Agency Public Protection Arrangements", ["MAPPA"]],
  ])("reads a glossary line in %j as spelling the acronym out unless it is not one (%j)", (text, expected) => {
    expect(acr001(text)).toEqual(expected);
  });

  it("flags the first use of an acronym that is not in the dictionary", () => {
    expect(acr001("He was referred to the DTTO team. The DTTO team did not reply.")).toEqual(["DTTO"]);
    expect(acr001("He had no NEET support. Not in education, employment or training (NEET) is a risk factor.")).toEqual(
      ["NEET"],
    );
  });
  it("passes an unknown acronym spelt out at first use, or agreed as known", () => {
    expect(acr001("The drug treatment and testing order (DTTO) ended. The DTTO was not renewed.")).toEqual([]);
    expect(acr001("The DTTO ended.", ["DTTO"])).toEqual([]);
  });
  it("flags a two-letter acronym the dictionary has, as any other", () => {
    expect(acr001("The DTR referral went to the wrong LA, so no housing officer called.", ["DTR"])).toEqual(["LA"]);
    expect(acr001("The local authority (LA) agreed. The LA housed him.")).toEqual([]);
  });
  it("reads HMP and YOI as part of a prison's name, and a bare YOI as an acronym", () => {
    expect(acr001("He served the custodial part in a YOI.")).toEqual(["YOI"]);
    expect(acr001("He moved from Wetherby YOI to HMP & YOI Brackenford, then to HMP Leeds.")).toEqual([]);
    expect(acr001("He moved to HMP/YOI Brackenford. He was released from HMP on licence.")).toEqual([]);
    expect(acr001("The YOI did not share the plan.")).toEqual(["YOI"]);
    expect(acr001("Your MP wrote to us on 3 May.")).toEqual(["MP"]);
    // Capitals joined by "&": the dictionary's (L&D), not a shop's (B&Q) nor A&E, which everyone knows.
    expect(acr001("The L&D team did not see him, and he went to B&Q and then A&E.")).toEqual(["L&D"]);
  });
  it("leaves two-letter unknown forms, capitalised words and postcodes alone", () => {
    expect(acr001("The entry was initialled by KT.")).toEqual([]);
    expect(acr001("He must NOT return to Flat 2, Marsh Row, Eastbury EB2 4LN.")).toEqual([]);
  });
  it("flags a first use inside a hyphenated compound and not the later one", () => {
    const text = "The MAPPA-eligible cases were listed. A MAPPA meeting followed.";
    const found = lintText(text, { scope: "review.summary" }).filter((f) => f.rule === "ACR-001");
    expect(found.map((f) => [f.from, f.to])).toEqual([[4, 9]]);
  });
  it("flags plural and possessive first uses by the acronym itself", () => {
    expect(acr001("Their RMPs lacked contingency plans.")).toEqual(["RMPs"]);
    expect(acr001("The PDU's vacancy rate was high.")).toEqual(["PDU"]);
  });
  it("does not treat a long form without brackets as spelling the acronym out", () => {
    expect(acr001("The victim liaison unit was told. The VLU then wrote to her.")).toEqual(["VLU"]);
  });
  it.each([
    "ALERT letters were not sent after the second missed appointment.",
    "He missed two appointments. RECALL was not considered by the manager.",
    "“ABSENT without reason” was all the entry said.",
  ])("passes a shouted word opening a sentence in %s", (text) => {
    expect(acr001(text)).toEqual([]);
  });
  it("passes heading words in capitals", () => {
    expect(acr001("AGENDA ITEM 3 – KEY THEMES AND FINDINGS: the team agreed the plan.")).toEqual([]);
    expect(acr001("NIGHT LOG: 23:00 DOORS LOCKED; 02:00 ROOM CHECKS DONE.")).toEqual([]);
  });
  it("passes action-plan row identifiers", () => {
    expect(acr001("Good practice point GP1 shares the approach. Learning point LP3 covers the gap.")).toEqual([]);
  });
  it.each(["PP2 had to tell SPO4 WITHIN one working day.", "The hostel must be told IMMEDIATELY if he returns."])(
    "passes an ordinary word in capitals for emphasis in %s",
    (text) => {
      expect(acr001(text)).toEqual([]);
    },
  );
  it.each([
    ["PP1 referred him to his GP and to the community drug service.", "GP"],
    ["The NHS crisis team held information.", "NHS"],
  ])("flags health-service acronyms, which are not on the allowlist, in %s", (text, form) => {
    expect(acr001(text)).toEqual([form]);
  });
  it.each([
    ["The SI told the PC that he had one phone.", "PC"],
    ["The DS served the notice; the DI chaired the meeting.", "DS"],
    ["PC Ayres entered the stop on the system.", "PC"],
  ])(
    "flags police ranks as acronyms, with or without a name after them, in %s (heldout58, 60, 69, 71)",
    (text, form) => {
      expect(acr001(text)).toContain(form);
    },
  );
  it("flags PRN, and not the shouted 'IM' of a text message", () => {
    expect(acr001("PRN lorazepam was stopped.")).toEqual(["PRN"]);
    expect(acr001('Her text said "IM NOT GOING BACK THERE" in capitals.')).toEqual([]);
  });
  it("skips a keyworker's identifier and flags farm agencies and diseases (heldout79, 80)", () => {
    expect(acr001("KW1 gave him the rules. The TB test and the EA visit were late.")).toEqual(["TB", "EA"]);
  });
  it("passes a police rank spelt out", () => {
    expect(acr001("A police constable (PC) came. PC Jones left.")).toEqual([]);
  });
  it("passes a health-service acronym spelt out", () => {
    expect(acr001("His general practitioner (GP) wrote to PP1. The GP was worried.")).toEqual([]);
  });
  it.each([
    ["MAPPA meetings were held every month.", "MAPPA"],
    ["ARMS assessments were not completed.", "ARMS"],
    ["NDTMS data was not checked.", "NDTMS"],
    ["He was told that RECALL would follow.", "RECALL"],
    ["RECALL: the decision was made on the same day.", "RECALL"],
    ["SOTP 2 was not offered.", "SOTP"],
    // Two-letter acronyms are flagged only from the dictionary.
    ["The RC agreed to detain him.", "RC"],
    ["His PA from the leaving care team missed the meeting.", "PA"],
    ["14/02 10:35 OV – PP1 saw him.", "OV"],
  ])("still flags an acronym in %s", (text, form) => {
    expect(acr001(text)).toEqual([form]);
  });
});

describe("acr001FirstUse: acronyms with more than one meaning", () => {
  it("offers no single expansion for IP, and names its meanings", () => {
    const [finding] = lintText("The IP said he had been punched.", { scope: "review.summary" }).filter(
      (f) => f.rule === "ACR-001",
    );
    expect(finding?.fixes).toBeUndefined();
    expect(finding?.message).toContain("Intervention Provider or injured party");
  });
  it("still offers the expansion of an acronym with one meaning", () => {
    const [finding] = lintText("The PSR was late.", { scope: "review.summary" }).filter((f) => f.rule === "ACR-001");
    expect(finding?.fixes?.[0]?.text).toBe("pre-sentence report (PSR)");
  });
});

describe("acr001FirstUse: a command's code shaped like a postcode district", () => {
  it("reads SO15 after a preposition as the Counter Terrorism Command, with its expansion", () => {
    const [finding] = lintText("Officers from SO15 attended the search.", { scope: "review.summary" }).filter(
      (f) => f.rule === "ACR-001",
    );
    expect(finding?.fixes?.[0]?.text).toBe("Counter Terrorism Command (Metropolitan Police) (SO15)");
  });
});
