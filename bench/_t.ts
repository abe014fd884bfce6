import { lintText } from "@sfo-review/lint";
for (const t of process.argv.slice(2)) {
  console.log(t);
  for (const f of lintText(t))
    if (f.rule.startsWith("PII")) console.log(`  ${f.rule} ${f.severity} "${t.slice(f.from, f.to)}"`);
}
