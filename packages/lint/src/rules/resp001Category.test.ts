import { describe, expect, it } from "vitest";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp001Category } from "./resp001Category.js";
import { runResponseRule } from "./responseRowFixture.js";

const run = (row: Partial<ResponseFields>) => runResponseRule(resp001Category, "RESP-001", row);

describe("resp001Category (RESP-001)", () => {
  it("flags no category", () => {
    const found = run({ category: "" });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("flags Agreed in principle (004 Rec 2)", () => {
    const found = run({ category: "Agreed", inPrinciple: true });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
  });
  it("passes Partly Agreed", () => {
    expect(run({})).toEqual([]);
  });
  it("passes Agreed", () => {
    expect(run({ category: "Agreed" })).toEqual([]);
  });
});
