import { describe, expect, it } from "vitest";
import model from "../data/nameModel.json" with { type: "json" };
import { NAME_FEATURES_VERSION, nameFeatures, nameScore, tokenize, wordsTheModelNames } from "./nameModel.js";

const named = (text: string) => wordsTheModelNames(text).map((t) => t.text);

describe("tokenize", () => {
  it("keeps initials, inner apostrophes and hyphens, and splits a possessive's 's", () => {
    expect(tokenize("K. Moreno-Vyas met O’Shea at Kazik's.").map((t) => t.text)).toEqual([
      "K.",
      "Moreno-Vyas",
      "met",
      "O’Shea",
      "at",
      "Kazik",
      "'",
      "s",
      ".",
    ]);
  });
  it("gives UTF-16 offsets into the text", () => {
    const text = "Šarūnas rang.";
    const [first] = tokenize(text);
    expect(text.slice(first!.from, first!.to)).toBe("Šarūnas");
  });
});

describe("nameFeatures", () => {
  it("names the lists a word is on and the words around it", () => {
    const tokens = tokenize("Mr Rose said");
    const features = nameFeatures(tokens, 1);
    expect(features).toEqual(expect.arrayContaining(["f:eng", "f:fn", "p1w:mr", "n1w:said", "w:rose", "si:0"]));
  });
  it("reads what a possessive owns", () => {
    const tokens = tokenize("Tibbott's Bakery closed.");
    expect(nameFeatures(tokens, 0)).toEqual(expect.arrayContaining(["ps:bakery"]));
  });
});

describe("the name model", () => {
  it("is a versioned data file with thresholds between 0 and 1", () => {
    expect(model.version).toMatch(/^\d+\.\d+\.\d+$/);
    // Weights trained on other features would score nonsense: retrain (scripts/trainNameModel.ts) after a change.
    expect(model.features).toBe(NAME_FEATURES_VERSION);
    expect(model.threshold).toBeGreaterThan(0.5);
    expect(model.englishWordThreshold).toBeGreaterThanOrEqual(model.threshold);
    expect(model.englishWordThreshold).toBeLessThan(1);
    expect(Object.keys(model.weights).length).toBeGreaterThan(1000);
  });
  it("scores a word with no features at the bias alone, and more for a known first name", () => {
    expect(nameScore([])).toBe(0.5);
    expect(nameScore(["b", "f:fn"])).toBeGreaterThan(nameScore(["b", "f:org"]));
  });

  // Names with no cue a pass reads: a bulletin, a training list, a card, a keyworker's session.
  it.each([
    ["Staff bulletin: Jadwiga Tulloch joins the court team from 1 April.", ["Jadwiga"]],
    ["Training: Ottokar Brimham and A. Cunliffe booked on conflict resolution, 02/10.", ["Ottokar", "Brimham"]],
    ["Retirement card for Sigrun Eshaness, cook, signed by the whole house.", ["Sigrun", "Eshaness"]],
  ])("names the people in %s", (text, expected) => {
    expect(named(text)).toEqual(expect.arrayContaining(expected));
  });

  // Places, bodies and drugs the lists know; an animal the text names; a sign's words; a firm's trade.
  it.each([
    "Serco said the contract was fine.",
    "Leeds and Bradford held talks. Tesco and Asda fought a price war.",
    "Jakobina had sailed since she was ten. Olanzapine had caused weight gain.",
    "The ram, Gerald, was found dead. Gerald had been shot.",
    'The sign said "Push" and "Pull" on the doors.',
    "Hulver and Serco worked on the contract.",
    "Kemeys Saddlery sold the SI a headcollar.",
    "The board listed Acme, Zentro and Plexa as sponsors.",
    'Message from Parks Control at 16:30: "OK, keep your radio on."',
    "[Independent Review Action Plan - GOV.UK](#)",
    "Mortlock Taxidermy quoted for the job; Pellow Logistics did not.",
    'He called himself "Muslim" at the mosque.',
    "Each standard is rated outstanding, good, requires improvement (RI) or inadequate.",
  ])("leaves %s without a name it should not have", (text) => {
    expect(named(text)).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^(?:Serco|Leeds|Bradford|Tesco|Asda|Olanzapine|Gerald|Push|Pull|Hulver|Kemeys|Zentro|OK|GOV\.UK|Mortlock|Pellow|Muslim|RI)$/,
        ),
      ]),
    );
  });

  it("leaves a letter joined to a word, a thing's name (heldout832)", () => {
    const named = (text: string) => wordsTheModelNames(text).map((t) => t.text);
    expect(named("Suspect wore a black crew T-shirt and was sent for an X-ray.")).toEqual([]);
  });

  it("takes two unknown words side by side, each nearly a name, for a given name and a surname (heldout857)", () => {
    expect(named("Gerben Haaksma is no longer the officer responsible for this case.")).toEqual(["Gerben", "Haaksma"]);
    expect(named("Haaksma is no longer the officer responsible for this case.")).toEqual([]);
  });

  it("leaves a contraction written without its apostrophe (heldout893)", () => {
    expect(named("Reply: Dont use him, he charged my mum twice.")).toEqual([]);
  });

  it("leaves a headline's town, a groomer and a pet named beside its breed (heldout894–895)", () => {
    expect(named("Local news: Kaspi man, 38, recalled to prison after attack on woman.")).toEqual([]);
    expect(named("Local news: Kaspi said he was sorry.")).toEqual(["Kaspi"]);
    expect(named('Local news: "Groomer, 36, charged after pet shop row".')).toEqual([]);
    expect(named('Sat 14/03 10:30 full groom, cockapoo "Faly", owner in the waiting room.')).toEqual([]);
    expect(named("Dog (cockapoo, named Faly) returned to the owner at the scene.")).toEqual([]);
    expect(named('Booking app account, pet profile "Faly, cockapoo, 4 years".')).toEqual([]);
    expect(named("Show entry book: Quennick, collie, class 7.")).toEqual(["Quennick"]);
  });

  it("leaves a firm by its trade's word and the other party to a contract (heldout898–899)", () => {
    expect(named("Pitch C16: vacant since April; previously Nkawkaw Eggs (moved to Aisle A).")).toEqual([]);
    expect(named("The council's waste contract with Corndon runs to 2029.")).toEqual([]);
    expect(named("The council's waste contract was signed by Corndon in 2029.")).toEqual(["Corndon"]);
    expect(named("Licence for the picture house renewed by Tsalka council in March.")).toEqual([]);
  });

  it("leaves words the passes have taken", () => {
    expect(wordsTheModelNames("Staff bulletin: Jadwiga Tulloch joins the court team.", () => true)).toEqual([]);
  });
});
