import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { tone002Failings } from "./tone002Failings.js";

describe("tone002Failings (TONE-002)", () => {
  it("is a document rule for TONE-002", () => {
    expect(tone002Failings.ids).toContain("TONE-002");
  });
  it("flags", () => {
    expect(
      lintText("There were failings in supervision.".replace(/\\n/g, "\n"), { scope: "review.summary" }).filter(
        (f) => f.rule === "TONE-002",
      ).length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("Practice fell below expected standards.", { scope: "review.summary" }).filter(
        (f) => f.rule === "TONE-002",
      ),
    ).toEqual([]);
  });
});
