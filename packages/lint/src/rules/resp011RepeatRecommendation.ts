import type { FieldsRule } from "../plan/FieldsRule.js";
import type { ResponseFields } from "../plan/ResponseFields.js";
import { findRepeat, hasRepeatMarker, recommendationTokens } from "../plan/repeatRecommendation.js";
import { textFinding } from "../plan/textFinding.js";

const MARKER = "(Repeat Recommendation)";
const QUOTE_LENGTH = 80;

const quote = (text: string) =>
  text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH).replace(/\s+\S*$/, "")}…` : text;

/**
 * RESP-011: the recommendation repeats one from an earlier inspection (`LintContext.
 * previousRecommendations`, the §2.8 tracker) but carries neither the "(Repeat Recommendation)"
 * marker nor the `repeat` attribute (000, Rec 1–7). Runs only when earlier recommendations are given.
 */
export const resp011RepeatRecommendation: FieldsRule<ResponseFields> = {
  ids: ["RESP-011"],
  run(rec, ctx) {
    const previous = ctx.previousRecommendations;
    if (!previous?.length || rec.repeat || hasRepeatMarker(rec.recommendation)) return [];
    const match = findRepeat(recommendationTokens(rec.recommendation), previous);
    if (!match) return [];
    const text = rec.recommendation;
    const finding = textFinding(
      "RESP-011",
      "info",
      "recommendation",
      text,
      `This repeats an earlier recommendation ("${quote(match.previous.text)}"): mark it ${MARKER}.`,
      { from: 0, to: text.trimEnd().length },
    );
    // The fix appends to the text; a recommendation of several paragraphs is left for the author to mark.
    if (!text.includes("\n")) {
      const end = text.trimEnd().length;
      finding.fixes = [{ label: `Add ${MARKER}`, kind: "replace", from: end, to: end, text: ` ${MARKER}` }];
    }
    return [finding];
  },
};
