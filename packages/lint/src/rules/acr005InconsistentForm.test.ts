import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { acr005InconsistentForm } from "./acr005InconsistentForm.js";

describe("acr005InconsistentForm (ACR-005)", () => {
  it("is a document rule for ACR-005", () => {
    expect(acr005InconsistentForm.ids).toContain("ACR-005");
  });
  it("flags", () => {
    expect(
      lintText("The risk of serious harm (RoSH) was high. The ROSH level rose.".replace(/\\n/g, "\n"), {
        scope: "review.summary",
      }).filter((f) => f.rule === "ACR-005").length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("The risk of serious harm (RoSH) was high. The RoSH level rose.", { scope: "review.summary" }).filter(
        (f) => f.rule === "ACR-005",
      ),
    ).toEqual([]);
  });
});
