import { describe, expect, it } from "vitest";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { resp005OwnerRole } from "./resp005OwnerRole.js";
import { partlyAgreedResponse as base, runResponseRule } from "./responseRowFixture.js";

const run = (row: Partial<ResponseFields>) => runResponseRule(resp005OwnerRole, "RESP-005", row);

describe("resp005OwnerRole (RESP-005)", () => {
  it("flags F-09 a person's name", () => {
    const found = run({ actions: [{ ...base.actions[0]!, owners: ["Jane Smith"] }] });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
  });
  it("flags 004 Rec 4 unknown role", () => {
    const found = run({ actions: [{ ...base.actions[0]!, owners: ["Public Probation Director"] }] });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("info");
  });
  it("passes a known job title", () => {
    expect(run({})).toEqual([]);
  });
  it("passes Public Protection Director", () => {
    expect(run({ actions: [{ ...base.actions[0]!, owners: ["Public Protection Director"] }] })).toEqual([]);
  });
});
