// usage: _t.ts "text" [REG="Name=ID;Name=ID"]
import { lintText, TextBlock } from "@sfo-review/lint";
import { findPersonNames } from "../packages/lint/src/text/_trace.js";
const text = process.argv[2];
const register = (process.env.REG ?? "").split(";").filter(Boolean).map((p) => { const [name, identifier] = p.split("="); return { name: name!, identifier: identifier! }; });
console.log("names:", findPersonNames(new TextBlock(text)).map((c) => `${c.kind}@${(c as unknown as {at:number}).at}:${c.text}`).join(" | "));
for (const f of lintText(text, { register })) if (f.rule.startsWith("PII")) console.log(f.rule, f.severity, JSON.stringify(text.slice(f.from, f.to)));
