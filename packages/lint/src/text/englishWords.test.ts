import { describe, expect, it } from "vitest";
import { isEnglishCompound, isEnglishWord } from "./englishWords.js";

describe("isEnglishWord", () => {
  it.each(["Rationale", "Supervisor", "landlord", "Landlords", "Heather", "Gap"])("%s is a word", (word) => {
    expect(isEnglishWord(word)).toBe(true);
  });
  it.each(["Ilyas", "Bogusia", "Zarmina", "Wanjiru", "Azevedo", "Meirion"])("%s is not", (word) => {
    expect(isEnglishWord(word)).toBe(false);
  });
});

describe("isEnglishCompound", () => {
  it.each(["Keyworker", "Pathfinder", "Foodbank"])("%s is two words", (word) => {
    expect(isEnglishCompound(word)).toBe(true);
  });
  it.each(["Ilyas", "Bogusia", "Meirion", "Anwen"])("%s is not", (word) => {
    expect(isEnglishCompound(word)).toBe(false);
  });
});
