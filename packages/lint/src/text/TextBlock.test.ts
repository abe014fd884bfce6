import { describe, expect, it } from "vitest";
import { TextBlock } from "./TextBlock.js";

describe("TextBlock", () => {
  it("splits sentences but not after titles, initials or e.g.", () => {
    const block = new TextBlock("Mr. K met PP1 on 3 June. S. Jenkins, e.g. PP1, did not. Why? Because.");
    expect(block.sentences.map((s) => s.text)).toEqual([
      "Mr. K met PP1 on 3 June.",
      "S. Jenkins, e.g. PP1, did not.",
      "Why?",
      "Because.",
    ]);
  });

  it("keeps offsets of words, contractions and identifiers", () => {
    const block = new TextBlock("PP1 wasn't told about GOV.UK on 14/03/2023.");
    expect(block.words.map((w) => w.text)).toEqual(["PP1", "wasn't", "told", "about", "GOV.UK", "on", "14/03/2023"]);
    const told = block.words[2]!;
    expect(block.text.slice(told.from, told.to)).toBe("told");
  });
});
