import { describe, expect, it } from "vitest";
import { lintText } from "../lintText.js";

const risk = (text: string) => lintText(text, { scope: "review.risk" }).filter((f) => f.rule === "RISK-003");

describe("risk003RoshGroups (RISK-003)", () => {
  it("flags levels given for only some groups", () => {
    const found = risk("The OASys assessment gave a high risk of serious harm to known adults and medium to children.");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/public, staff/);
  });
  it("passes when the public, known adults, children and staff all have a level", () => {
    expect(
      risk(
        "Risk of serious harm was high to known adults, medium to children, medium to the public and low to staff. Prisoners: n/a (community).",
      ),
    ).toEqual([]);
  });
  it("stays quiet when the risk section gives no levels", () => {
    expect(risk("The risk section describes the history of domestic abuse.")).toEqual([]);
  });
});
