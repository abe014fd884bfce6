import { describe, expect, it } from "vitest";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp002ReasonCategory } from "./resp002ReasonCategory.js";
import { partlyAgreedResponse as base, runResponseRule } from "./responseRowFixture.js";

const run = (row: Partial<ResponseFields>) => runResponseRule(resp002ReasonCategory, "RESP-002", row);

describe("resp002ReasonCategory (RESP-002)", () => {
  it("flags 000 Rec 8 with no reason category", () => {
    const found = run({
      actions: [
        {
          ...base.actions[0]!,
          text: "Partly agreed as the national SFO team already offers significant support to regions and further work is required.",
        },
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("flags F-09 Not Agreed with no reasons", () => {
    const found = run({
      category: "Not Agreed",
      actions: [{ ...base.actions[0]!, text: "HMPPS does not agree with this recommendation." }],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("flags 000 Rec 6 capacity as info", () => {
    const found = run({
      actions: [{ ...base.actions[0]!, text: "Partly agreed for capacity and affordability reasons." }],
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("passes 000 Rec 5 operational reasons", () => {
    expect(
      run({
        actions: [
          {
            ...base.actions[0]!,
            text: "Partly agreed for operational reasons. HMPPS will implement the part relating to guidance.",
          },
        ],
      }),
    ).toEqual([]);
  });
  it("passes the F-09 passing row", () => {
    expect(run({})).toEqual([]);
  });
  it("passes a reason in the attributes", () => {
    expect(run({ reasonCategories: ["policy"], actions: [{ ...base.actions[0]!, text: "Partly agreed." }] })).toEqual(
      [],
    );
  });
});
