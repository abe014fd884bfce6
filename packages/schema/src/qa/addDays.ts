import { isIsoDate } from "../document/isoDate.schema.js";

/** `date` (YYYY-MM-DD) plus `days` calendar days, in UTC so no clock change shifts it. */
export function addDays(date: string, days: number): string {
  if (!isIsoDate(date)) throw new RangeError(`addDays: "${date}" is not a date written YYYY-MM-DD`);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
