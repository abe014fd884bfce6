import { describe, expect, it } from "vitest";
import { qaRatingPoints, qaRatings, type QaRating } from "../config/qaStandards.js";
import { assessQa, compositeRating } from "./assessQa.js";

const O = "Outstanding";
const G = "Good";
const RI = "Requires improvement";
const I = "Inadequate";

const ratings = (a: QaRating, j: QaRating, l: QaRating, v: QaRating) => ({
  analysis: a,
  judgements: j,
  learning: l,
  victims: v,
});
const base = { highProfile: false, sharingRequested: false, feedbackDate: "2025-03-03" };

describe("compositeRating", () => {
  it("puts the band edges at 2/3, 6/7 and 10/11 (DOMAIN.md §5.1, F-13)", () => {
    expect([2, 3, 6, 7, 10, 11].map(compositeRating)).toEqual([I, RI, RI, G, G, O]);
    expect([0, 12].map(compositeRating)).toEqual([I, O]);
  });

  it("depends only on the sum for all 256 ordered tuples", () => {
    for (const a of qaRatings)
      for (const j of qaRatings)
        for (const l of qaRatings)
          for (const v of qaRatings) {
            const result = assessQa({ ...base, ratings: ratings(a, j, l, v) });
            const sum = qaRatingPoints[a] + qaRatingPoints[j] + qaRatingPoints[l] + qaRatingPoints[v];
            expect(result.compositePoints).toBe(sum);
            expect(result.compositeRating).toBe(compositeRating(sum));
          }
  });

  it("gives 16 RI, 13 Good, 4 Inadequate and 2 Outstanding over the 35 unordered combinations (§5.2)", () => {
    const counts: Record<string, number> = {};
    const combos: QaRating[][] = [];
    qaRatings.forEach((a, ia) => {
      qaRatings.slice(ia).forEach((b, ib) => {
        qaRatings.slice(ia + ib).forEach((c, ic) => {
          for (const d of qaRatings.slice(ia + ib + ic)) combos.push([a, b, c, d]);
        });
      });
    });
    expect(combos).toHaveLength(35);
    for (const [a, b, c, d] of combos as [QaRating, QaRating, QaRating, QaRating][]) {
      const { compositeRating: rating } = assessQa({ ...base, ratings: ratings(a, b, c, d) });
      counts[rating] = (counts[rating] ?? 0) + 1;
    }
    expect(counts).toEqual({ [RI]: 16, [G]: 13, [I]: 4, [O]: 2 });
  });

  it("needs at least three Outstanding for an Outstanding composite", () => {
    expect(assessQa({ ...base, ratings: ratings(O, O, O, RI) }).compositeRating).toBe(G);
    expect(assessQa({ ...base, ratings: ratings(O, O, O, G) }).compositeRating).toBe(O);
  });
});

describe("assessQa, DOMAIN.md §5.4 vectors", () => {
  const vectors: [string, QaRating[], boolean, boolean, number, QaRating, boolean, string][] = [
    ["T1", [G, G, G, G], false, false, 8, G, false, "none"],
    ["T2", [G, G, RI, G], false, false, 7, G, true, "none"],
    ["T3", [G, G, G, RI], false, true, 7, G, true, "before-sharing"],
    ["T4", [G, RI, G, G], true, false, 7, G, true, "within-28-days"],
    ["T5", [G, G, RI, RI], false, false, 6, RI, true, "before-sharing"],
    ["T6", [G, G, RI, RI], true, false, 6, RI, true, "within-28-days"],
    ["T7", [G, RI, RI, RI], false, true, 5, RI, true, "before-sharing"],
    ["T8", [RI, RI, I, I], false, false, 2, I, true, "within-28-days"],
    ["T9", [O, O, O, I], false, false, 9, G, true, "none"],
    ["T10", [O, O, O, G], false, false, 11, O, false, "none"],
    ["T11", [O, O, O, RI], false, false, 10, G, true, "none"],
    ["T12", [O, I, I, I], false, false, 3, RI, true, "before-sharing"],
    ["T13", [I, I, I, I], false, false, 0, I, true, "within-28-days"],
  ];
  it.each(vectors)(
    "%s",
    (_name, [a, j, l, v], highProfile, sharingRequested, points, rating, furtherWork, resubmission) => {
      const result = assessQa({
        ratings: ratings(a as QaRating, j as QaRating, l as QaRating, v as QaRating),
        highProfile,
        sharingRequested,
        feedbackDate: "2025-03-03",
      });
      expect(result.compositePoints).toBe(points);
      expect(result.compositeRating).toBe(rating);
      expect(result.furtherWork).toBe(furtherWork);
      expect(result.resubmission).toBe(resubmission);
      expect(result.dueDate).toBe(resubmission === "within-28-days" ? "2025-03-31" : null);
      expect(result.qaWindowBeforeSharingDays).toBe(resubmission === "before-sharing" ? 20 : null);
    },
  );

  it("T13 must resubmit within 28 days whatever the profile and sharing", () => {
    for (const highProfile of [true, false])
      for (const sharingRequested of [true, false]) {
        const result = assessQa({
          ratings: ratings(I, I, I, I),
          highProfile,
          sharingRequested,
          feedbackDate: "2025-12-20",
        });
        expect(result).toMatchObject({ resubmission: "within-28-days", dueDate: "2026-01-17" });
      }
  });

  it("T9 flags a Good composite hiding an Inadequate standard", () => {
    expect(assessQa({ ...base, ratings: ratings(O, O, O, I) }).flags).toEqual([
      "good-composite-with-inadequate-standard",
    ]);
  });

  it("T7 gives the earliest sharing date 20 days after resubmission", () => {
    const result = assessQa({
      ratings: ratings(G, RI, RI, RI),
      highProfile: false,
      sharingRequested: true,
      feedbackDate: "2025-03-03",
      resubmittedDate: "2025-03-24",
    });
    expect(result.earliestSharingDate).toBe("2025-04-13");
  });

  it("refuses a missing rating or a bad date", () => {
    expect(() => assessQa({ ...base, ratings: { analysis: G, judgements: G, learning: G } as never })).toThrow();
    expect(() => assessQa({ ...base, ratings: ratings(G, G, G, G), feedbackDate: "2025-02-30" })).toThrow();
  });
});
