import { describe, expect, it } from "vitest";
import { containsAny } from "./containsAny.js";

describe("containsAny", () => {
  const cues = [" asked ", "(owner", "+1", "as “", "a.b", "[x]"];
  const hasCue = containsAny(cues);

  it.each([
    "She asked him twice.",
    "Rex (owner unknown)",
    "Kerry +1 on the list",
    "known as “Bingo”",
    "a.b",
    "see [x] here",
  ])("finds a cue in %j", (text) => {
    expect(hasCue(text)).toBe(true);
  });

  it.each(["She asked.", "owner", "+ 1", 'as "Bingo"', "aXb", "x"])(
    "finds none in %j, whatever the cues' characters mean to a regex",
    (text) => {
      expect(hasCue(text)).toBe(false);
    },
  );

  it("answers as a search for each cue does, on texts drawn from the cues' own characters", () => {
    const letters = [..." asked(owner+1“.b[x]"];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: next() % 40 }, () => letters[next() % letters.length]).join("");
      expect(hasCue(text), text).toBe(cues.some((cue) => text.includes(cue)));
    }
  });
});
