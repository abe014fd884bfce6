// usage: _miss.ts SPLIT[,SPLIT] [family] — prints PII misses and false alarms with context
import { readFileSync } from "node:fs";
import { lintText } from "@sfo-review/lint";
const splits = process.argv[2].split(",");
const only = process.argv[3];
for (const split of splits) {
  const lines = readFileSync(new URL(`./corpora/pii.${split}.jsonl`, import.meta.url), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  for (const line of lines) {
    const labels = line.labels ?? line.spans ?? [];
    const f = lintText(line.text, { register: line.register ?? [] }).filter((x) => x.rule.startsWith("PII-") && (x.severity !== "info" || x.rule === "PII-012") && !["PII-013","PII-014","PII-015"].includes(x.rule));
    const used = new Set<number>();
    for (const l of labels) {
      const hit = f.findIndex((x, i) => !used.has(i) && x.from < l.to && x.to > l.from);
      if (hit >= 0) { used.add(hit); continue; }
      if (only && l.family !== only) continue;
      console.log(`MISS ${split} ${line.id} ${l.family} «${line.text.slice(l.from, l.to)}» :: ${line.text.slice(Math.max(0, l.from - 60), l.to + 60).replace(/\n/g, " ")}`);
    }
    f.forEach((x, i) => {
      if (used.has(i)) return;
      console.log(`FP   ${split} ${line.id} ${x.rule} «${line.text.slice(x.from, x.to)}»${labels.length ? "" : " [clean]"} :: ${line.text.slice(Math.max(0, x.from - 60), x.to + 60).replace(/\n/g, " ")}`);
    });
  }
}
