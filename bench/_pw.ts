import { findPassives, TextBlock } from "@sfo-review/lint";
for (const t of process.argv.slice(2)) console.log(findPassives(new TextBlock(t)).length > 0, t);
