/** Structured fields of a log line. Never put document text here. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** The one injected logger. Every line has a stable code so that it can be counted and alerted on. */
export interface Logger {
  info(code: string, fields?: LogFields): void;
  warn(code: string, fields?: LogFields): void;
  error(code: string, fields?: LogFields): void;
  /** How many times each warning or error code was logged. */
  counts(): Readonly<Record<string, number>>;
}
