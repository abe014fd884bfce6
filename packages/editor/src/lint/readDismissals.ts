import type { Dismissal } from "@sfo-review/lint";
import type { DismissalRecord } from "./DismissalRecord.js";
import { lintDismissalKeySchema, lintDismissalValueSchema } from "./lintDismissal.schema.js";

/**
 * The valid entries of the shared dismissals map (any `forEach`-able map, e.g. a `Y.Map`). Entries
 * another client wrote in a shape we do not understand are skipped and reported through `onInvalid`.
 */
export function readDismissals(
  map: { forEach(callback: (value: unknown, key: string) => void): void },
  onInvalid?: (key: string) => void,
): DismissalRecord[] {
  const out: DismissalRecord[] = [];
  map.forEach((value, key) => {
    const parsedValue = lintDismissalValueSchema.safeParse(value);
    let parts: unknown;
    try {
      parts = JSON.parse(key);
    } catch {
      parts = null;
    }
    const parsedKey = lintDismissalKeySchema.safeParse(parts);
    if (!parsedValue.success || !parsedKey.success) {
      onInvalid?.(key);
      return;
    }
    const [rule, block, matchedText] = parsedKey.data;
    const dismissal: Dismissal = { rule, matchedText, reason: parsedValue.data.reason };
    if (!block.startsWith("row:")) dismissal.blockHash = block;
    else if (block.length > 4) dismissal.blockId = block.slice(4);
    out.push({ key, dismissal, ...parsedValue.data });
  });
  return out;
}
