import { describe, expect, it } from "vitest";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp003WhichPart } from "./resp003WhichPart.js";
import { partlyAgreedResponse as base, runResponseRule } from "./responseRowFixture.js";

const run = (row: Partial<ResponseFields>) => runResponseRule(resp003WhichPart, "RESP-003", row);

describe("resp003WhichPart (RESP-003)", () => {
  it("flags no accepted part", () => {
    const found = run({
      actions: [
        {
          ...base.actions[0]!,
          text: "Partly agreed for affordability reasons: raising the grade of reviewers is not affordable.",
        },
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes the F-09 passing row", () => {
    expect(run({})).toEqual([]);
  });
});
