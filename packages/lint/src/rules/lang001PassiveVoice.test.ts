import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { lang001PassiveVoice } from "./lang001PassiveVoice.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("lang001PassiveVoice (LANG-001)", () => {
  it.each([
    "A timely assessment was completed.",
    "Enforcement guidance issued in October 2021 was not followed.",
    "Opportunities to escalate and consult with the delivery unit head were not sought.",
    "This meant that a full analysis was not completed.",
    "this intervention was not organised by probation practitioners",
    // Released by a hospital or the police, not by the sentence's process.
    "He was released from hospital on a Friday with no aftercare meeting.",
    "He was released on police bail the same evening.",
    // Temporary release is the prison's decision, not the sentence's (heldout35).
    "He was released on temporary licence twice to look for work.",
    // Discharged by a hospital, not a court (heldout36).
    "She was discharged home on a Friday evening with no care package in place.",
    // A compound verb: quality-assure, dip-sample.
    "A random sample of reviews was quality assured by the inspectorate.",
    "Ten cases were dip sampled by the SPO.",
    "Two of the night staff had been let go by then.",
    "The SI was drug tested on arrival.",
    'The notes say he was "spoken to" about his attitude.',
    "The work was done with care.",
    "The home visit was done with him present.",
  ])("flags %s", (text) => {
    const found = runBlockRule(lang001PassiveVoice, text, "review.summary", context).filter((f) =>
      f.rule.startsWith("LANG"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["A timely assessment was completed.", "was completed"],
    ["Enforcement guidance issued in October 2021 was not followed.", "was not followed"],
    ["Opportunities to escalate and consult with the delivery unit head were not sought.", "were not sought"],
    ["This meant that a full analysis was not completed.", "was not completed"],
    ["this intervention was not organised by probation practitioners", "was not organised by probation practitioners"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(lang001PassiveVoice, text, "review.summary", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each([
    "PP1 completed a timely assessment.",
    "He was sentenced to four years and was released on licence.",
    "He was charged and remanded in custody.",
    "He was released on licence and reoffended within weeks.",
    "He was recalled and absconded from the hostel.",
    "He was released and moved into the hostel.",
    "PP1 was concerned about the risk.",
    "PP1 is required to complete checks.",
    "The plan agreed at MAPPA was sound.",
    "PP1 was convinced that the new partner posed no risk.",
    "The hostel manager was well placed to monitor his drinking.",
    "Mr Mills was released from prison two days before he attacked Ms B at her home.",
    "The course is designed to help new reviewing managers write for a lay reader.",
    "The tool is known as the workload management tool.",
    "The SI was obsessed with a singer and fixated on her messages.",
    "She was gutted when she heard, and he was fed up with the hostel rules.",
    "She was done with him by then.",
    'He said he was "sorted" for accommodation.',
    "The gaps were missed drug tests and late referrals.",
    // Court bail is the court's decision; police bail is not (flagged above).
    "At the hearing he was released on bail.",
    // The court's discharge, whatever the next clause says about home.
    "He was conditionally discharged and went home.",
    "He was conditionally discharged, so went home.",
    "She was convinced he would come back for her.",
  ])("passes %s", (text) => {
    expect(
      runBlockRule(lang001PassiveVoice, text, "review.summary", context).filter((f) => f.rule === "LANG-001"),
    ).toEqual([]);
  });
  it.each([
    ["She was cautioned for the first assault but was later charged with the second.", ["was cautioned"]],
    ["He was arrested at the scene, charged the following morning and remanded.", ["was arrested"]],
  ])("flags a passive off the court allowlist next to court passives in %s", (text, spans) => {
    const found = runBlockRule(lang001PassiveVoice, text, "review.summary", context).filter(
      (f) => f.rule === "LANG-001",
    );
    expect(found.map((f) => text.slice(f.from, f.to))).toEqual(spans);
  });
  it.each([
    ["At no stage was the housing officer consulted.", "was the housing officer consulted"],
    ["Nor were his new partner's children identified.", "were his new partner's children identified"],
    ["The home visit got moved to a later week.", "got moved"],
    ["PP2 got asked to write the addendum.", "got asked"],
    ["The boundary needed to be redrawn before release.", "be redrawn"],
    ["Doubt was cast on the address he gave.", "was cast"],
    ["Nowhere in the OASys assessment was the stalking risk mentioned.", "was the stalking risk mentioned"],
    ["So seldom were the home visits recorded that the gaps went unseen.", "were the home visits recorded"],
  ])("flags the general passive forms in %s", (text, span) => {
    const found = runBlockRule(lang001PassiveVoice, text, "review.summary", context).filter(
      (f) => f.rule === "LANG-001",
    );
    expect(found.map((f) => text.slice(f.from, f.to))).toEqual([span]);
    expect(found[0]!.severity).toBe("warning");
  });
  it("offers no agent-first rewrite for an inverted passive", () => {
    const [finding] = runBlockRule(
      lang001PassiveVoice,
      "At no stage was the housing officer consulted.",
      "review.summary",
      context,
    ).filter((f) => f.rule === "LANG-001");
    expect(finding).toBeDefined();
    expect(finding!.fixes).toBeUndefined();
  });
  it.each([
    "He was convicted of arson in 2015.",
    "She was acquitted of the theft charge.",
    "His cousin was unemployed at the time.",
    "The chronology was clearly laid out and easy to follow.",
    "The approved premises were understaffed that summer.",
    "Was PP2 aware of the new partner?",
  ])("passes %s", (text) => {
    expect(
      runBlockRule(lang001PassiveVoice, text, "review.summary", context).filter((f) => f.rule === "LANG-001"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "A timely assessment was completed.";
    expect(
      runBlockRule(lang001PassiveVoice, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});
