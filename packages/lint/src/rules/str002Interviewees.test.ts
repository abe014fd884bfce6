import { reviewDocument, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocumentRule } from "./documentLintFixture.js";

type Interviewees = NonNullable<Parameters<typeof reviewDocument>[0]["interviewees"]>;
const run = (interviewees: Interviewees) =>
  lintDocumentRule(reviewDocument({ interviewees }), "STR-002").map((f) => [f.node, f.matchedText, f.message]);

describe("str002Interviewees (STR-002)", () => {
  it("flags a review that lists no interviewees, on the table", () => {
    expect(run([])).toEqual([["intervieweeTable", "Staff interviewed", expect.stringContaining("List the staff")]]);
  });
  it("flags a missing role, a missing reason for not interviewing, and an unstated answer", () => {
    expect(
      run([
        { identifier: "PP1", role: "", interviewed: true },
        { identifier: "POM1", role: "Prison offender manager", interviewed: false, reason: " " },
        { identifier: "SPO2", role: "Senior probation officer", interviewed: null },
      ]),
    ).toEqual([
      ["interviewee", "PP1", "Give the role of PP1."],
      ["interviewee", "POM1", "Give the reason POM1 was not interviewed."],
      ["interviewee", "SPO2", "Say whether SPO2 was interviewed."],
    ]);
  });
  it("passes complete entries and the sample review", () => {
    expect(
      run([
        { identifier: "PP1", role: "Probation practitioner", interviewed: true },
        { identifier: "POM1", role: "Prison offender manager", interviewed: false, reason: "Has left the service." },
      ]),
    ).toEqual([]);
    expect(lintDocumentRule(sampleCase().review, "STR-002")).toEqual([]);
  });
});
