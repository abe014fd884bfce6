import { goodPracticeColumns, learningColumns, updateColumns } from "@sfo-review/schema";
import { humanise } from "./describeAtomFields.js";

const columnTitles = new Map<string, string>(
  [...learningColumns, ...goodPracticeColumns, ...updateColumns].map((column) => [column.name, column.title]),
);

/** The heading of a structured record: its exact column heading where it is a table cell. */
export function atomTitle(nodeName: string): string {
  return columnTitles.get(nodeName) ?? humanise(nodeName);
}
