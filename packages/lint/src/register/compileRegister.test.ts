import { describe, expect, it } from "vitest";
import { compileRegister } from "./compileRegister.js";

const register = compileRegister([{ name: "Priya Shah", identifier: "PDU1", role: "staff" }]);

describe("compileRegister", () => {
  it("finds initials that are also an acronym only where a person is meant", () => {
    expect(register.find("The entry was signed by PS on the day.").map((h) => h.variant)).toEqual(["initials"]);
    expect(register.find("PS said the plan was agreed.")).toHaveLength(1);
  });
  it("leaves the acronym alone elsewhere", () => {
    expect(register.find("The PS policy on enforcement was followed.")).toEqual([]);
  });
});
