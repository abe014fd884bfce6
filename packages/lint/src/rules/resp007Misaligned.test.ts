import { describe, expect, it } from "vitest";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp007Misaligned } from "./resp007Misaligned.js";
import { partlyAgreedResponse as base, runResponseRule } from "./responseRowFixture.js";

const run = (row: Partial<ResponseFields>) => runResponseRule(resp007Misaligned, "RESP-007", row);

describe("resp007Misaligned (RESP-007)", () => {
  it("flags 000 Rec 11 two owners and two dates", () => {
    const found = run({
      actions: [
        {
          ...base.actions[0]!,
          owners: ["Deputy Director Public Protection Group Deputy Director Public Protection Group"],
          targetText: "October 2025 March 2025",
        },
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes one owner and one date", () => {
    expect(run({})).toEqual([]);
  });
});
