import { describe, expect, it } from "vitest";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp004NoOwnedAction } from "./resp004NoOwnedAction.js";
import { partlyAgreedResponse as base, runResponseRule } from "./responseRowFixture.js";

const run = (row: Partial<ResponseFields>) => runResponseRule(resp004NoOwnedAction, "RESP-004", row);

describe("resp004NoOwnedAction (RESP-004)", () => {
  it("flags F-09 rec 2: no owner or date", () => {
    const found = run({ actions: [{ ...base.actions[0]!, owners: [], targetText: "" }] });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("passes an owned, dated action", () => {
    expect(run({})).toEqual([]);
  });
  it("passes Not Agreed", () => {
    expect(run({ category: "Not Agreed", actions: [{ ...base.actions[0]!, owners: [], targetText: "" }] })).toEqual([]);
  });
});
