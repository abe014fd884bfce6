import { readFileSync } from "node:fs";
import { lintText } from "@sfo-review/lint";
for (const split of process.argv[2].split(",")) for (const l of readFileSync(new URL(`./corpora/acronyms.${split}.jsonl`, import.meta.url), "utf8").split("\n").filter(Boolean)) {
  const line = JSON.parse(l);
  const f = lintText(line.text, line.known ? { known: line.known } : {}).filter((x) => x.rule === "ACR-001");
  const got = new Set(f.map((x) => `${x.from}-${x.to}`)); const want = new Set((line.spans ?? []).map((s: { from: number; to: number }) => `${s.from}-${s.to}`));
  for (const s of want) if (!got.has(s)) { const [a, b] = s.split("-").map(Number); console.log("MISS", split, line.id, line.text.slice(a, b), "::", line.text, JSON.stringify(line.known)); }
  for (const s of got) if (!want.has(s)) { const [a, b] = s.split("-").map(Number); console.log("FP  ", split, line.id, line.text.slice(a, b), "::", line.text, JSON.stringify(line.known)); }
}
