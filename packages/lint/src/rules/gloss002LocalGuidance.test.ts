import { sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { findLocalGuidance } from "../engine/localGuidanceMentions.js";
import { lintReviewFor, sampleReviewWith } from "./reviewFixture.js";

const run = (summary: string, localGuidance: { title: string }[] = [], nfd = "") =>
  lintReviewFor("GLOSS-002", {
    summary: [summary],
    analysis: { assessment: [{ id: "E1", notForDisclosure: [nfd] }] },
    localGuidance,
  });
const mentions = (text: string) => findLocalGuidance(text).map((h) => h.phrase);

describe("gloss002LocalGuidance (GLOSS-002)", () => {
  it("flags the first mention of local guidance when the guidance list is empty", () => {
    const found = run(
      "PP1 followed the former CRC policy on home visits. The regional protocol for DA checks was not used.",
    );
    expect(found.map((f) => [f.text, f.severity])).toEqual([["former CRC policy", "info"]]);
  });

  it("passes when the guidance list has an item", () => {
    expect(run("PP1 followed the local guidance.", [{ title: "Northdale PDU practice note on DA checks" }])).toEqual(
      [],
    );
  });

  it("finds local, regional, PDU and CRC guidance, with describing words between", () => {
    expect(mentions("The local guidance, the regional domestic abuse protocol and the PDU's practice note.")).toEqual([
      "local guidance",
      "regional domestic abuse protocol",
      "PDU's practice note",
    ]);
    expect(mentions("a Community Rehabilitation Company policy")).toEqual(["Community Rehabilitation Company policy"]);
  });

  it("does not take national policy, another agency's policy or an area of practice for local guidance", () => {
    expect(mentions("The national policy framework applies.")).toEqual([]);
    expect(mentions("The local authority safeguarding policy applies.")).toEqual([]);
    expect(mentions("This is an area of policy that is changing.")).toEqual([]);
    expect(mentions("regional and local policy")).toEqual(["local policy"]);
  });

  it("does not read the NFD column", () => {
    expect(run("PP1 completed the assessment.", [], "The local guidance was shared by email.")).toEqual([]);
  });

  it("flags the sample review once its guidance list is emptied", () => {
    expect(lintReviewFor("GLOSS-002", sampleCase().review)).toEqual([]);
    expect(lintReviewFor("GLOSS-002", sampleReviewWith("localGuidance")).map((f) => f.text)).toEqual([
      "regional domestic abuse policy",
    ]);
  });
});
