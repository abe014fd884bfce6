import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type DocumentKind, documentKinds, newDocumentTemplate, validateDocumentJson } from "@sfo-review/schema";
import { importDocument } from "../document/importDocument.js";
import { loadStoredDocument } from "../document/loadStoredDocument.js";
import { yDocToJson } from "../document/yDocToJson.js";
import { SqliteReviewStore } from "../storage/SqliteReviewStore.js";

const defaultDb = () => process.env.SFO_DB ?? "./data/reviews.sqlite";

async function readJsonFile(path: string): Promise<unknown> {
  const text = await readFile(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `sfo new review|action-plan|response-plan|… -o FILE.json` */
export async function newCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { o: { type: "string" } }, allowPositionals: true });
  const kind = positionals[0];
  if (!kind || !(kind in documentKinds)) {
    process.stderr.write(`usage: sfo new ${Object.keys(documentKinds).join("|")} -o FILE.json\n`);
    return 2;
  }
  const json = `${JSON.stringify(newDocumentTemplate(kind as DocumentKind), null, 2)}\n`;
  if (values.o) await writeFile(values.o, json);
  else process.stdout.write(json);
  return 0;
}

/** `sfo validate FILE.json`: exit 0, or 1 with the issues as JSON on stdout. */
export async function validateCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  if (positionals.length !== 1) {
    process.stderr.write("usage: sfo validate FILE.json\n");
    return 2;
  }
  const result = validateDocumentJson(await readJsonFile(positionals[0] as string));
  if (result.ok) return 0;
  process.stdout.write(`${JSON.stringify(result.issues, null, 2)}\n`);
  return 1;
}

/** `sfo import FILE.json --name NAME [--db FILE] [--replace]` */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: "string" }, name: { type: "string" }, replace: { type: "boolean" } },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || !values.name) {
    process.stderr.write("usage: sfo import FILE.json --name NAME [--db FILE] [--replace]\n");
    return 2;
  }
  const json = await readJsonFile(positionals[0] as string);
  const store = new SqliteReviewStore(values.db ?? defaultDb());
  try {
    const result = await importDocument(store, values.name, json, { replace: values.replace ?? false });
    if (!result.ok) {
      process.stdout.write(`${JSON.stringify(result.issues, null, 2)}\n`);
      return 1;
    }
    process.stderr.write(`${result.replaced ? "replaced" : "imported"} "${values.name}"\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** `sfo export-json --name NAME [--db FILE] [-o FILE.json]` */
export async function exportJsonCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: "string" }, name: { type: "string" }, o: { type: "string" } },
  });
  if (!values.name) {
    process.stderr.write("usage: sfo export-json --name NAME [--db FILE] [-o FILE.json]\n");
    return 2;
  }
  const store = new SqliteReviewStore(values.db ?? defaultDb());
  try {
    const doc = await loadStoredDocument(store, values.name);
    if (!doc) {
      process.stderr.write(`no document named "${values.name}" in ${values.db ?? defaultDb()}\n`);
      return 1;
    }
    const json = `${JSON.stringify(yDocToJson(doc), null, 2)}\n`;
    if (values.o) await writeFile(values.o, json);
    else process.stdout.write(json);
    return 0;
  } finally {
    await store.close();
  }
}
