import { describe, expect, it } from "vitest";
import { findPhrases } from "./findPhrases.js";

const spans = (text: string, phrases: readonly string[]) => findPhrases(text, phrases).map((h) => h.phrase);

describe("findPhrases", () => {
  it("matches whole words only, whatever their case", () => {
    const lexicon = ["risk", "Home Office"];
    expect(spans("Risk was high; the home office knew; risky; brisk; risk2", lexicon)).toEqual(["Risk", "home office"]);
  });

  it("prefers the longer phrase, and falls back to a shorter one when the longer is not a whole word", () => {
    const lexicon = ["risk", "risk management plan", "risk management"];
    expect(spans("The risk management plan lapsed.", lexicon)).toEqual(["risk management plan"]);
    expect(spans("The risk management planning lapsed.", lexicon)).toEqual(["risk management"]);
  });

  it("reads a space in a phrase as any run of whitespace, and needs one", () => {
    const lexicon = ["risk management plan"];
    expect(spans("risk\u00a0management\n\tplan, riskmanagement plan, risk  management   plan", lexicon)).toEqual([
      "risk\u00a0management\n\tplan",
      "risk  management   plan",
    ]);
  });

  it("starts a match at punctuation and after a hyphen, as a regex word boundary would not", () => {
    const lexicon = ["harm", "(RMP)", "a"];
    expect(spans("self-harm (RMP) a b", lexicon)).toEqual(["harm", "(RMP)", "a"]);
  });

  it("matches one-character phrases beside longer ones in the lexicon's order", () => {
    expect(spans("a an and a", ["an", "a"])).toEqual(["a", "an", "a"]);
  });

  it("reads texts whose lower case changes length, or with letters outside the BMP, as the regex does", () => {
    expect(spans("İstanbul risk, 𝐀risk, risk𝐀 risk", ["risk"])).toEqual(["risk", "risk"]);
    expect(findPhrases("İ risk", ["risk"])[0]).toEqual({ from: 2, to: 6, phrase: "risk" });
  });

  it("gives offsets into the text", () => {
    expect(findPhrases("Her risk was high.", ["risk"])).toEqual([{ from: 4, to: 8, phrase: "risk" }]);
  });

  it("reads a lexicon built afresh for each call as the one it equals", () => {
    const first = findPhrases("The risk plan", ["risk plan", "plan"]);
    for (let i = 0; i < 1000; i++) expect(findPhrases("The risk plan", ["risk plan", "plan"])).toEqual(first);
    expect(first).toEqual([{ from: 4, to: 13, phrase: "risk plan" }]);
  });
});
