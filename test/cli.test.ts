import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleCase } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { runSfo } from "./support/runSfo.js";
import { testTempDir } from "./support/testTempDir.js";

const dir = testTempDir("sfo-cli-");
const file = (name: string) => join(dir, name);

describe("the sfo command", () => {
  it("writes every kind of new document from its template, and each validates", () => {
    for (const kind of ["review", "action-plan", "response-plan"]) {
      const out = file(`${kind}.json`);
      expect(runSfo(["new", kind, "-o", out]).code).toBe(0);
      expect(JSON.parse(readFileSync(out, "utf8")).type).toBe("doc");
      const validation = runSfo(["validate", out]);
      expect(validation.code, validation.stdout).toBe(0);
    }
    expect(runSfo(["new", "letter", "-o", file("x.json")]).code).toBe(2);
    // Seven runs of the command, each starting Node afresh: about 15 s on an idle two-core machine.
  }, 90_000);

  it("refuses an invalid document with JSON issues naming the path", () => {
    const template = JSON.parse(readFileSync(file("review.json"), "utf8"));
    template.content[0].content.push({ type: "mysteryNode" });
    writeFileSync(file("bad.json"), JSON.stringify(template));
    const result = runSfo(["validate", file("bad.json")]);
    expect(result.code).toBe(1);
    const issues = JSON.parse(result.stdout) as { rule: string; path: (string | number)[] }[];
    expect(issues.some((issue) => issue.rule === "DOC-UNKNOWN-NODE")).toBe(true);
    expect(issues.find((issue) => issue.rule === "DOC-UNKNOWN-NODE")?.path.slice(0, 3)).toEqual([
      "content",
      0,
      "content",
    ]);
  });

  it("imports and exports a document losslessly, and an invalid import changes nothing", () => {
    const db = file("reviews.sqlite");
    const review = sampleCase().review;
    writeFileSync(file("sample.json"), JSON.stringify(review));
    expect(runSfo(["import", file("sample.json"), "--db", db, "--name", "case-1"]).code).toBe(0);
    const exported = runSfo(["export-json", "--db", db, "--name", "case-1"]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(review);

    expect(runSfo(["import", file("bad.json"), "--db", db, "--name", "case-1", "--replace"]).code).toBe(1);
    expect(runSfo(["import", file("sample.json"), "--db", db, "--name", "case-1"]).code).toBe(1);
    expect(JSON.parse(runSfo(["export-json", "--db", db, "--name", "case-1"]).stdout)).toEqual(review);
    expect(runSfo(["export-json", "--db", db, "--name", "nobody"]).code).toBe(1);
  });

  it("lints text with exit 1 on errors and JSON findings with offsets into the file", () => {
    writeFileSync(file("clean.txt"), "PP1 completed the assessment on time.\n");
    const clean = runSfo(["lint", "--format", "json", file("clean.txt")]);
    expect(clean.code).toBe(0);
    expect(Array.isArray(JSON.parse(clean.stdout))).toBe(true);

    const jsonl = [
      JSON.stringify({ id: "a", text: "The plan was agreed at the meeting." }),
      JSON.stringify({
        id: "b",
        learningRow: {
          objective: "PP1",
          whoFor: "Individual",
          action: "PP1 to attend training",
          measure: "Attendance at training",
          owner: "PP1",
          date: "",
        },
      }),
    ].join("\n");
    writeFileSync(file("inputs.jsonl"), jsonl);
    const result = runSfo(["lint", "--jsonl", file("inputs.jsonl")]);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; findings: { rule: string; field?: string }[] });
    expect(lines.map((line) => line.id)).toEqual(["a", "b"]);
    expect(lines[0]?.findings.some((finding) => finding.rule === "LANG-001")).toBe(true);
    expect(lines[1]?.findings.some((finding) => finding.field === "measure")).toBe(true);
  });
});
