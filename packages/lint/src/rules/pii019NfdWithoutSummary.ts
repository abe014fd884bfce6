import type { EntryFields } from "../plan/EntryFields.js";
import type { FieldsRule } from "../plan/FieldsRule.js";
import { textFinding } from "../plan/textFinding.js";

/** Below this many words the events column cannot carry a gist of what the NFD column holds (DOMAIN.md PII-019). */
export const MIN_SUMMARY_WORDS = 15;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words of `text`, counted up to `MIN_SUMMARY_WORDS`: `test` steps through them without building the array of matches. */
function words(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < MIN_SUMMARY_WORDS && WORD.test(text)) count++;
  return count;
}

/**
 * PII-019: an analysis entry with not-for-disclosure content but a thin or empty events column. The
 * NFD column is removed before sharing, so the events column must hold "a disclosable summary" of it
 * (003 Appendix 4, victims checklist).
 */
export const pii019NfdWithoutSummary: FieldsRule<EntryFields> = {
  ids: ["PII-019"],
  run(entry) {
    if (!entry.nfd?.trim()) return [];
    const count = words(entry.events);
    if (count >= MIN_SUMMARY_WORDS) return [];
    return [
      textFinding(
        "PII-019",
        "warning",
        "events",
        entry.events,
        count === 0
          ? "This entry has content only in the not-for-disclosure column, which is removed before sharing: add a disclosable summary of it to the events column."
          : `This entry's not-for-disclosure content is removed before sharing and the events column has only ${count} words: add a disclosable summary (a gist) so the shared review still makes sense.`,
      ),
    ];
  },
};
