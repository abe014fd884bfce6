import type { ResponseFields } from "./ResponseFields.js";

/** The response text of a recommendation (explanation and action rows), with the field of the first row. */
export function responseText(rec: ResponseFields): { text: string; field: string; fieldText: string } {
  const rows = [...rec.explanations, ...rec.actions];
  const first = rows.find((r) => r.text.trim()) ?? rows[0];
  return {
    text: rows.map((r) => r.text).join("\n"),
    field: first?.field ?? "recommendation",
    fieldText: first?.text ?? rec.recommendation,
  };
}
