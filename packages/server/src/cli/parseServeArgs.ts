import { parseArgs } from "node:util";
import type { ServerOptionsInput } from "../serverOptions.schema.js";

/** `sfo serve [--port N] [--host H] [--db FILE]`, with SFO_* environment variables as defaults. */
export function parseServeArgs(args: string[], env: NodeJS.ProcessEnv): ServerOptionsInput {
  const { values } = parseArgs({
    args,
    options: { port: { type: "string" }, host: { type: "string" }, db: { type: "string" } },
    strict: true,
  });
  const port = values.port ?? env.PORT ?? env.SFO_PORT;
  if (port !== undefined && !/^\d+$/.test(port)) throw new Error(`--port must be a number, got "${port}"`);
  return {
    port: port === undefined ? undefined : Number(port),
    host: values.host ?? env.SFO_HOST,
    dbPath: values.db ?? env.SFO_DB,
    authSecret: env.SFO_AUTH_SECRET as string,
  };
}
