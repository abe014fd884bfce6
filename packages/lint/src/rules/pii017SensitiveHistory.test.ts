import { buildSfoSchema, sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { lintDocument } from "../lintDocument.js";
import { pii017SensitiveHistory } from "./pii017SensitiveHistory.js";

const run = (text: string, scope = "review.background", context = {}) =>
  runBlockRule(pii017SensitiveHistory, text, scope, context).filter((f) => f.rule === "PII-017");
const spans = (text: string) => run(text).map((f) => text.slice(f.from, f.to));

describe("pii017SensitiveHistory (PII-017)", () => {
  it.each([
    ["Mr K was sexually abused as a child.", "was sexually abused as a child"],
    [
      "He was sexually abused by his stepfather from the age of seven.",
      "was sexually abused by his stepfather from the age of seven",
    ],
    ["He was beaten by his father and locked in his room.", "was beaten by his father"],
    ["His stepfather regularly beat him.", "His stepfather regularly beat him"],
    [
      "He experienced physical abuse from his mother's partner.",
      "experienced physical abuse from his mother's partner",
    ],
    ["He witnessed domestic abuse between his parents.", "witnessed domestic abuse between his parents"],
    ["He suffered sexual abuse in childhood.", "suffered sexual abuse in childhood"],
  ])("flags the detail in %s", (text, span) => {
    const found = run(text);
    expect(found.map((f) => text.slice(f.from, f.to))).toEqual([span]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain("a history of childhood trauma");
  });

  it("flags sexual history detail, noting the sexual offence exception", () => {
    const text = "Mr K told PP1 that he lost his virginity at 13 and had many sexual partners.";
    const found = run(text);
    expect(found.map((f) => text.slice(f.from, f.to))).toEqual(["lost his virginity", "many sexual partners"]);
    expect(found[0]!.message).toContain("sexual offence");
  });

  it.each([
    "He had a history of childhood trauma.",
    "Mr K had a history of childhood trauma that was relevant to his risk.",
    "He experienced abuse as a child.",
    "The assessment noted adverse childhood experiences.",
    "He assaulted his mother in 2019.",
    "He assaulted A when she was 19.",
    "Ms B was assaulted by Mr K at her home.",
    "Mr K was aged 32 at the time of the offence.",
    "He received support from his father after being bullied.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });

  it("is exempt in the not-for-disclosure column and an error when shareable", () => {
    const text = "Mr K was sexually abused as a child.";
    expect(run(text, "review.analysis.nfd")).toEqual([]);
    expect(run(text, "review.background", { shareable: true })[0]!.severity).toBe("error");
  });

  it("raises nothing on the sample case", () => {
    const schema = buildSfoSchema();
    for (const json of Object.values(sampleCase()))
      expect(lintDocument(schema.nodeFromJSON(json)).filter((f) => f.rule === "PII-017")).toEqual([]);
  });
});
