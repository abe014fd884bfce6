import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { piiSeverity } from "./piiSeverity.js";
import { allMatches } from "../engine/allMatches.js";

// +44 or 0, then digit groups split by spaces, hyphens or a bracketed area code: "07700 900123",
// "020 7946 0381", "0161-496-0921", "(01632) 960418", "+44 (0)113 496 0000". Not 08/09 service numbers. The digit count decides.
const PHONE =
  /(?<![\w/.+-])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(0|0)[1-37]\d{1,3}\)?(?:[\s-]?\d{2,4}){1,3}(?![\w/]|[.-]\d)/g;

/** Number of national digits (with the leading 0) in a match: 10 or 11 for a UK number. */
function nationalDigits(match: string): number {
  const digits = match.replace(/\D/g, "");
  return match.startsWith("+44") ? digits.length - 2 + (match.includes("(0)") ? 0 : 1) : digits.length;
}

/** PII-008: UK mobile, landline and 03 numbers (pattern [inferred], DOMAIN.md §4.7). */
export const pii008PhoneNumber: BlockRule = {
  ids: ["PII-008"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    return allMatches(PHONE, block.text)
      .filter((m) => {
        const n = nationalDigits(m[0]);
        return n === 10 || n === 11;
      })
      .map((m) =>
        createFinding(
          "PII-008",
          severity,
          block.text,
          m.index ?? 0,
          (m.index ?? 0) + m[0].length,
          "Phone number: remove it from the review.",
        ),
      );
  },
};
