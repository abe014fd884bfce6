import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { acr004Ambiguous } from "./acr004Ambiguous.js";

describe("acr004Ambiguous (ACR-004)", () => {
  it("is a document rule for ACR-004", () => {
    expect(acr004Ambiguous.ids).toContain("ACR-004");
  });
  it("flags", () => {
    expect(
      lintText("HMIP quality assurance standards apply.".replace(/\\n/g, "\n"), { scope: "review.summary" }).filter(
        (f) => f.rule === "ACR-004",
      ).length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("HM Inspectorate of Probation standards apply.", { scope: "review.summary" }).filter(
        (f) => f.rule === "ACR-004",
      ),
    ).toEqual([]);
  });
});
