import { reviewDocument } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { runLintCli } from "./runLintCli.js";

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (s: string) => out.push(s),
      stderr: (s: string) => err.push(s),
      readFile: (path: string) => {
        const file = files[path];
        if (file === undefined) throw new Error("ENOENT");
        return file;
      },
    },
  };
}

describe("runLintCli", () => {
  it("exits 2 on usage errors", async () => {
    const t = io({});
    expect(await runLintCli([], t.io)).toBe(2);
    expect(await runLintCli(["--format", "xml", "a.txt"], t.io)).toBe(2);
    expect(await runLintCli(["a.doc"], io({ "a.doc": "" }).io)).toBe(2);
  });

  it("lints plain text: 0 without errors, text format by default", async () => {
    const t = io({ "a.txt": "PP1 failed to act." });
    expect(await runLintCli(["lint", "a.txt"], t.io)).toBe(0);
    expect(t.out.join("")).toMatch(/a\.txt:4-13 warning TONE-001/);
  });

  it("lints a document JSON and exits 1 on errors, with JSON output", async () => {
    const doc = reviewDocument({ learningRows: [{ objective: ["x"], action: ["PP1 to follow policy"], owners: [] }] });
    const t = io({ "d.json": JSON.stringify(doc) });
    expect(await runLintCli(["--format", "json", "d.json"], t.io)).toBe(1);
    expect(JSON.parse(t.out.join("")).some((f: { rule: string }) => f.rule === "APL-010")).toBe(true);
  });

  it("lints JSONL", async () => {
    const t = io({ "in.jsonl": '{"id":"a","text":"Fine."}\n' });
    expect(await runLintCli(["--jsonl", "in.jsonl"], t.io)).toBe(0);
    expect(JSON.parse(t.out[0]!)).toEqual({ id: "a", findings: [] });
  });
});
