import { describe, expect, it } from "vitest";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp008VagueCommitment } from "./resp008VagueCommitment.js";
import { partlyAgreedResponse as base, runResponseRule } from "./responseRowFixture.js";

const run = (row: Partial<ResponseFields>) => runResponseRule(resp008VagueCommitment, "RESP-008", row);

describe("resp008VagueCommitment (RESP-008)", () => {
  it("flags 000 Rec 5", () => {
    const found = run({
      actions: [
        {
          ...base.actions[0]!,
          text: "The role of the countersigning manager will be considered as part of a wider review.",
        },
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("flags 000 Rec 9", () => {
    const found = run({
      actions: [
        {
          ...base.actions[0]!,
          text: "HMMPS will consider whether the revised format lends itself to greater sharing.",
        },
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("passes a named deliverable", () => {
    expect(run({})).toEqual([]);
  });
});
