import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";
import { lang008OrganisationName } from "./lang008OrganisationName.js";

describe("lang008OrganisationName (LANG-008)", () => {
  it("is a document rule for LANG-008", () => {
    expect(lang008OrganisationName.ids).toContain("LANG-008");
  });
  it("flags", () => {
    expect(
      lintText(
        "Her Majesty's Prison and Probation Service agreed.\n\nHis Majesty's Prison and Probation Service owns it.".replace(
          /\\n/g,
          "\n",
        ),
        { scope: "review.summary" },
      ).filter((f) => f.rule === "LANG-008").length,
    ).toBeGreaterThan(0);
  });
  it("passes", () => {
    expect(
      lintText("His Majesty's Prison and Probation Service agreed.", { scope: "review.summary" }).filter(
        (f) => f.rule === "LANG-008",
      ),
    ).toEqual([]);
  });
});
