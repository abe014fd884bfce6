import { lintText } from "@sfo-review/lint";
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(lintText(t, {register:[]}).filter(f=>f.rule.startsWith("PII")).map(f=>[f.rule,f.severity,t.slice(f.from,f.to)])));
