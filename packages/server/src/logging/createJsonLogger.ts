import type { LogFields, Logger } from "./Logger.js";

type Level = "info" | "warn" | "error";

/** A logger that writes one JSON object per line to a stream (stderr by default). */
export function createJsonLogger(options: { write?: (line: string) => void; minLevel?: Level } = {}): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const order: Record<Level, number> = { info: 0, warn: 1, error: 2 };
  const minLevel = order[options.minLevel ?? "info"];
  const counts: Record<string, number> = {};
  const log = (level: Level, code: string, fields?: LogFields) => {
    if (level !== "info") counts[code] = (counts[code] ?? 0) + 1;
    if (order[level] < minLevel) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level, code, ...fields })}\n`);
  };
  return {
    info: (code, fields) => log("info", code, fields),
    warn: (code, fields) => log("warn", code, fields),
    error: (code, fields) => log("error", code, fields),
    counts: () => ({ ...counts }),
  };
}

/** A logger that only counts; for tests and embedding hosts that log elsewhere. */
export function createSilentLogger(): Logger {
  return createJsonLogger({ write: () => {}, minLevel: "error" });
}
