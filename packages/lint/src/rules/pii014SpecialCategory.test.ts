import { buildSfoSchema, sampleCase } from "@sfo-review/schema";
import pii from "../data/piiLexicon.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { lintDocument } from "../lintDocument.js";
import { hasWordStartingWith } from "../engine/findPhrases.js";
import { anchorsOf, pii014SpecialCategory } from "./pii014SpecialCategory.js";

const run = (text: string, scope = "review.background", context = {}) =>
  runBlockRule(pii014SpecialCategory, text, scope, context).filter((f) => f.rule === "PII-014");
const spans = (text: string) => run(text).map((f) => text.slice(f.from, f.to));

describe("pii014SpecialCategory (PII-014)", () => {
  // The rule looks for a category's anchors at the start of a word before trying its patterns.
  it("has every phrase and possessed noun of a category start a word with one of the category's anchors", () => {
    for (const [category, { phrases, possessed }] of Object.entries(pii.specialCategory)) {
      const anchors = anchorsOf(category as keyof typeof pii.specialCategory);
      for (const phrase of [...phrases, ...possessed]) expect(hasWordStartingWith(phrase, anchors), phrase).toBe(true);
    }
  });

  it("reads an anchor only at the start of a word, with either apostrophe", () => {
    expect(spans("He voted Labour in 2019 and embraced a pivotal role.")).toEqual(["voted Labour"]);
    expect(spans("He is a Jehovah’s Witness.")).toEqual(["is a Jehovah’s Witness"]);
  });

  it.each([
    ["Mr K is a practising Muslim.", "is a practising Muslim"],
    ["He attended the mosque on Fridays.", "attended the mosque"],
    ["Dafydd's church offered him a bed.", "Dafydd's church"],
    ["PP1 did not ask about his sexuality.", "his sexuality"],
    ["He identifies as gay and had not told his family.", "identifies as gay"],
    ["SPO2 is a member of a trade union.", "member of a trade union"],
    ["Mr K is of Pakistani heritage.", "of Pakistani heritage"],
    ["Victim A's ethnicity was recorded on the police report.", "Victim A's ethnicity"],
    ["Ethnicity: Black Caribbean.", "Ethnicity:"],
    ["He expressed far-right views to PP1 in supervision.", "far-right views"],
    ["He was a member of the National Liberal Party until 2020.", "member of the National Liberal Party"],
    ["He converted to Islam while in custody.", "converted to Islam"],
    ["Police took his DNA profile after the arrest.", "his DNA"],
  ])("flags %s", (text, span) => {
    const found = run(text);
    expect(found.map((f) => text.slice(f.from, f.to))).toEqual([span]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toMatch(/necessary and proportionate.*not-for-disclosure column/);
  });

  it("names the category in the message", () => {
    expect(run("He identifies as gay.")[0]!.message).toContain("sex life or sexual orientation");
    expect(run("His religion was not recorded.")[0]!.message).toContain("religious or philosophical belief");
  });

  it.each([
    "The race to finish the assessment before the deadline meant it was rushed.",
    "The review considered the political context of probation reform.",
    "Faith groups in the area offered support.",
    // A credit union's member banks there (heldout241).
    "She had been a credit union member since 2019.",
    "PP1 lost her faith in the allocation system.",
    "Staff may be accompanied by a trade union representative or colleague.",
    "The PDU's ethnicity data was incomplete for the quarter.",
    "The assessment should consider diversity factors such as ethnicity and religion.",
    "He struck her temple with his fist.",
    "Mr K is a White British man aged 34. He has no recorded disability.",
    "Grace under pressure is not a strategy.",
    "Redaction log, item 12: a reference to the SI's religion is removed because it is not needed.",
    "A reference to Mr Patel's religion was redacted.",
    "St Elwyn's Church hall in Llanelwyn hosted the family meeting.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });

  it("is exempt in the not-for-disclosure column and in the action plan, and an error when shareable", () => {
    const text = "Mr K is a practising Muslim.";
    expect(run(text, "review.analysis.nfd")).toEqual([]);
    expect(run(text, "ap.lp.action")).toEqual([]);
    expect(run(text, "review.background", { shareable: true })[0]!.severity).toBe("error");
  });

  it("has an anchor in every lexicon phrase, so the anchor pre-check never hides a match", () => {
    for (const [category, { anchors, phrases, possessed }] of Object.entries(pii.specialCategory))
      for (const phrase of [...phrases, ...possessed])
        expect(
          anchors.some((a) => phrase.toLowerCase().includes(a)),
          `${category}: ${phrase}`,
        ).toBe(true);
  });

  it("flags self-descriptions that only the constructions catch", () => {
    expect(spans("He identifies as straight.")).toEqual(["identifies as straight"]);
    expect(spans("He voted for Reform UK.")).toEqual(["voted for Reform UK"]);
  });

  it("raises nothing on the sample case", () => {
    const schema = buildSfoSchema();
    for (const json of Object.values(sampleCase()))
      expect(lintDocument(schema.nodeFromJSON(json)).filter((f) => f.rule === "PII-014")).toEqual([]);
  });
});
