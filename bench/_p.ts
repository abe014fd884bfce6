import { readFileSync } from "node:fs";
import { findPassives, lintText, TextBlock } from "@sfo-review/lint";
for (const split of process.argv[2].split(",")) for (const l of readFileSync(new URL(`./corpora/passive.${split}.jsonl`, import.meta.url), "utf8").split("\n").filter(Boolean)) {
  const line = JSON.parse(l);
  const p = findPassives(new TextBlock(line.text)).length > 0;
  const lang = lintText(line.text, { scope: "review.summary" }).some((f) => f.rule === "LANG-001");
  if (p !== line.passive || lang !== (line.passive && !line.court)) console.log(split, line.id, `passive ${line.passive}/${p} court ${line.court} lang ${lang}`, line.text);
}
