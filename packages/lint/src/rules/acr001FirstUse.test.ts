import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { acr001FirstUse } from "./acr001FirstUse.js";

describe("acr001FirstUse (ACR-001)", () => {
  it("is a document rule for ACR-001", () => {
    expect(acr001FirstUse.ids).toContain("ACR-001");
  });
  it("flags", () => {
    expect(
      lintText("The PSR was late. The pre-sentence report (PSR) followed.".replace(/\\n/g, "\n"), {
        scope: "review.summary",
      }).filter((f) => f.rule === "ACR-001").length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("The pre-sentence report (PSR) was late. The PSR followed.", { scope: "review.summary" }).filter(
        (f) => f.rule === "ACR-001",
      ),
    ).toEqual([]);
  });
});
