import { describe, expect, it } from "vitest";
import { findPassives, participleKind } from "./findPassives.js";
import { TextBlock } from "./TextBlock.js";

const spans = (text: string) => findPassives(new TextBlock(text)).map((p) => text.slice(p.from, p.to));

describe("findPassives", () => {
  describe("participles", () => {
    it.each([
      ["The curfew address was redrawn on the map.", "was redrawn"],
      ["The victim's statement was misheard at the meeting.", "was misheard"],
      ["The earlier decision was overthrown on review.", "was overthrown"],
      ["He was flown home from Malaga.", "was flown"],
      ["Lessons were learnt from the audit.", "were learnt"],
      ["Doubt was cast on his account.", "was cast"],
      ["The night shelter is run by volunteers.", "is run"],
      ["The plan was undermined by staff changes.", "was undermined"],
      ["His risk to staff was underestimated.", "was underestimated"],
    ])("finds the participle in %s", (text, span) => {
      expect(spans(text)).toContain(span);
    });

    it("treats un- forms of participles and adjectival participles as adjectives", () => {
      expect(participleKind("unsupervised")).toBe("adjectival");
      expect(participleKind("unemployed")).toBe("adjectival");
      expect(participleKind("unmarried")).toBe("adjectival");
      expect(participleKind("undermined")).toBe("participle");
      expect(spans("Her brother was unemployed all year.")).toEqual([]);
    });

    it.each([
      "The probation office was understaffed all winter.",
      "The duty team was overstretched in March.",
      "The wing was overcrowded at the time.",
    ])("treats workload adjectives as adjectives: %s", (text) => {
      expect(spans(text)).toEqual([]);
    });
  });

  describe("what may follow the participle", () => {
    it.each([
      ["She was accused of criminal damage in 2017.", "was accused"],
      ["He was cleared of the assault at trial.", "was cleared"],
      ["The review meeting was brought forward a week.", "was brought"],
      ["The earlier agreement was set aside.", "was set"],
    ])("finds %s", (text, span) => {
      expect(spans(text)).toContain(span);
    });

    it("still passes adjectival participles before 'of'", () => {
      expect(spans("His sister was frightened of the dog.")).toEqual([]);
    });
  });

  describe("get-passives", () => {
    it.each([
      ["The letter got sent to his old flat.", "got sent"],
      ["PP2 got told to close the case.", "got told"],
      ["He got transferred to another wing.", "got transferred"],
    ])("finds a get-passive followed by 'to' in %s", (text, span) => {
      expect(spans(text)).toContain(span);
    });

    it.each(["He soon got used to the hostel rules.", "She got engaged to him last year."])("passes %s", (text) => {
      expect(spans(text)).toEqual([]);
    });
  });

  describe("participle coordinated with a plain adjective", () => {
    it.each([
      "The chronology was well structured and easy to read.",
      "The handover notes were well presented and concise.",
      "The referral form was typed and legible.",
    ])("reads it as adjectival in %s", (text) => {
      expect(spans(text)).toEqual([]);
    });

    it("still finds two coordinated participles", () => {
      expect(spans("The risk assessment was started and abandoned.")).toEqual(["was started"]);
    });

    it("still finds a participle followed by a new clause with an adjective before a noun", () => {
      expect(spans("The plan was agreed and useful actions followed.")).toEqual(["was agreed"]);
    });
  });

  describe("inverted passives", () => {
    it.each([
      ["At no stage was the housing officer consulted.", "was the housing officer consulted"],
      ["Under no circumstances were the details disclosed.", "were the details disclosed"],
      ["Nor were the warning letters copied to SPO1.", "were the warning letters copied"],
      ["Neither was his partner told about the licence.", "was his partner told"],
      ["PP3 was on leave, and nor was the case reallocated.", "was the case reallocated"],
      ["Never were the two records compared.", "were the two records compared"],
      ["Not once was the curfew monitoring checked.", "was the curfew monitoring checked"],
      ["Only after the third missed appointment was a warning issued.", "was a warning issued"],
      ["Not until August was the referral chased.", "was the referral chased"],
      ["Was the address ever checked with the council?", "Was the address ever checked"],
      ["Were the conditions explained to him?", "Were the conditions explained"],
      ["Nor was he told why.", "was he told"],
    ])("finds %s", (text, span) => {
      expect(spans(text)).toContain(span);
    });

    it("marks negative inversions as negated and offers no rewrite", () => {
      const [match] = findPassives(new TextBlock("At no stage was the housing officer consulted."));
      expect(match).toMatchObject({ negated: true });
      expect(match?.rewrite).toBeUndefined();
    });

    it.each([
      "Was PP2 aware of the new partner?",
      "Were there any unanswered calls?",
      "Nor was she worried about the move.",
      "Nor was there a contingency plan.",
      "Was she the officer named in the referral?",
      "Was the support offered adequate?",
      "Only PP2 was able to attend.",
      "Only later was he able to explain the gap.",
      "Was this the first home visit?",
    ])("passes %s", (text) => {
      expect(spans(text)).toEqual([]);
    });
  });

  it("finds court passives followed by 'of' and marks them as court process", () => {
    const matches = findPassives(new TextBlock("She was acquitted of the theft charge."));
    expect(matches.map((m) => [m.participle, m.courtProcess])).toEqual([["acquitted", true]]);
  });

  it("finds passive infinitives, modal perfects and it-passives", () => {
    expect(spans("The exclusion map needed to be updated.")).toEqual(["be updated"]);
    expect(spans("The concerns should have been escalated.")).toEqual(["been escalated"]);
    expect(spans("It was agreed that SPO1 would chair.")).toEqual(["was agreed"]);
  });
});
