import { describe, expect, it } from "vitest";
import model from "../data/contactModel.json" with { type: "json" };
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii007Address } from "../rules/pii007Address.js";
import { pii008PhoneNumber } from "../rules/pii008PhoneNumber.js";
import { pii009Email } from "../rules/pii009Email.js";
import type { BlockRule } from "../engine/BlockRule.js";
import { CONTACT_FEATURES_VERSION, contactFeatures, contactScore, isOrganisations } from "./contactModel.js";

const at = (text: string, item: string) => {
  const from = text.indexOf(item);
  return { from, to: from + item.length };
};

describe("contactFeatures", () => {
  it("reads a phone number's shape and the words before and after it", () => {
    const text = "Ward office: 0191 496 2100, weekdays.";
    const { from, to } = at(text, "0191 496 2100");
    expect(contactFeatures(text, from, to, "phone")).toEqual(
      expect.arrayContaining(["k:phone", "ph:01", "b1::", "b2:office", "b3:ward", "a1:,", "a2:weekdays", "ls:ward"]),
    );
  });
  it("reads an e-mail address's words and what each is", () => {
    const text = "Write to j.okafor@example.org today.";
    const { from, to } = at(text, "j.okafor@example.org");
    expect(contactFeatures(text, from, to, "email")).toEqual(
      expect.arrayContaining(["k:email", "lpn:2", "lp:j", "lpf:initial", "lp:okafor", "dm:example"]),
    );
  });
  it("reads an address's words and whether it ends in a postcode", () => {
    const text = "Depot office, 14 Dromara Lane, Ballynahinch BT38 9HW.";
    const { from, to } = at(text, "14 Dromara Lane, Ballynahinch BT38 9HW");
    expect(contactFeatures(text, from, to, "address")).toEqual(
      expect.arrayContaining(["ad:postcode", "ad:number-first", "af:14", "aw:lane", "b2:office"]),
    );
  });
  it("reads only the detail's own line", () => {
    const text = "Switchboard and reception\n0191 496 2100 (Mrs Okafor, mobile)\nnext line";
    const { from, to } = at(text, "0191 496 2100");
    const features = contactFeatures(text, from, to, "phone");
    expect(features).toContain("b1:<s>");
    expect(features).toContain("a2:mrs");
    expect(features.some((f) => f.endsWith(":switchboard") || f.endsWith(":next"))).toBe(false);
  });
});

describe("the contact model", () => {
  it("is a versioned data file trained on these features, with a low threshold", () => {
    expect(model.version).toMatch(/^\d+\.\d+\.\d+$/);
    // Weights trained on other features would score nonsense: retrain (scripts/trainContactModel.ts) after a change.
    expect(model.features).toBe(CONTACT_FEATURES_VERSION);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThanOrEqual(0.1);
    expect(Object.keys(model.weights).length).toBeGreaterThan(1000);
  });
  it("scores a detail with no features at the bias alone", () => {
    expect(contactScore([])).toBe(0.5);
  });
  it("follows the cues, and never overrules a text that says whose a detail is", () => {
    const text = "Building control office: 0191 496 2300.";
    const { from, to } = at(text, "0191 496 2300");
    expect(isOrganisations(text, { from, to, byCues: false, owned: false }, "phone")).toBe(true);
    expect(isOrganisations(text, { from, to, byCues: false, owned: true }, "phone")).toBe(false);
    expect(isOrganisations("She rang 0191 496 2300.", { from: 9, to: 22, byCues: true, owned: false }, "phone")).toBe(
      true,
    );
  });
});

// Organisations' lines no written cue reads (the blind corpora heldout758–761), and lines the text says are someone's.
const severities = (rule: BlockRule, text: string) =>
  runBlockRule(rule, text, "review.background", {}).map((f) => [text.slice(f.from, f.to), f.severity]);

describe("what the rules make of the model", () => {
  it.each([
    ["Building control office: 0191 496 2300; Civic Centre, Longtown CL33 4JT.", "0191 496 2300"],
    ["Unpaid work office: 0191 496 2354, mailbox upw.humberston@example.org.", "0191 496 2354"],
    ["Ambulance control (non-emergency) 0191 496 2355, quote ref AMB-760-2231.", "0191 496 2355"],
    ["Licensing Team, Llanelwedd Council, Civic Offices, BY60 1AA; telephone 0191 496 2384", "0191 496 2384"],
  ])("calls the number in %s an organisation's", (text, number) => {
    expect(severities(pii008PhoneNumber, text)).toContainEqual([number, "info"]);
  });
  it.each([
    // A refuge's number leads to where someone hides, whatever the words around it; a number before a time is whole.
    ["Refuge, building control office: 0191 496 2300.", "0191 496 2300"],
    ["From 0191 496 2281 01:55: you and that storage lot deserve this", "0191 496 2281"],
  ])("keeps the number in %s someone's", (text, number) => {
    expect(severities(pii008PhoneNumber, text)).toContainEqual([number, "warning"]);
  });
  it("calls an office's postcode an organisation's, and keeps a named house with nothing after it a home", () => {
    expect(
      severities(pii007Address, "Building control office: 0191 496 2300; Civic Centre, Longtown CL33 4JT."),
    ).toContainEqual(["CL33 4JT", "info"]);
    expect(severities(pii007Address, "Netherhall House, 4 Camerton Street, Seascale BJ71 2HQ.")).toEqual([
      ["4 Camerton Street, Seascale BJ71 2HQ", "warning"],
    ]);
    expect(severities(pii007Address, "She lives at 14 Dromara Lane, Ballynahinch BT38 9HW.")).toEqual([
      ["14 Dromara Lane, Ballynahinch BT38 9HW", "warning"],
    ]);
  });
  it("reads the digits of a phone number before a street as the number's, not a house's", () => {
    expect(
      severities(pii007Address, "AP office: 0191 496 2292, Kirkandrews Street, Longtown CL32 5HX.").map(([s]) => s),
    ).not.toContainEqual(expect.stringContaining("2292"));
  });
  it("never calls an address that may be someone's name a team's", () => {
    expect(severities(pii009Email, "Write to smith@example.org or jnp@example.org.")).toEqual([
      ["smith@example.org", "warning"],
      ["jnp@example.org", "warning"],
    ]);
  });
});
