import { lintText } from "@sfo-review/lint";
const reg = JSON.parse(process.env.REGJ ?? "[]");
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(lintText(t, { register: reg }).filter((f) => f.rule.startsWith("PII")).map((f) => [f.rule, t.slice(f.from, f.to), f.message.slice(0,40)])));
