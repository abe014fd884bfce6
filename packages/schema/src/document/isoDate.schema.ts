import { z } from "zod";

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `value` is a month written `YYYY-MM`, as in response-plan target dates ("August 2025"). */
export function isIsoMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** Rule code carried by every date issue, so validation can report bad dates as such. */
export const DATE_RULE = "DOC-DATE";

/** A real calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.string().refine(isIsoDate, {
  message: "must be a real date written YYYY-MM-DD",
  params: { rule: DATE_RULE },
});

/** A real date (`YYYY-MM-DD`) or a month (`YYYY-MM`). */
export const isoDateOrMonthSchema = z.string().refine((value) => isIsoDate(value) || isIsoMonth(value), {
  message: "must be a real date written YYYY-MM-DD, or a month written YYYY-MM",
  params: { rule: DATE_RULE },
});
