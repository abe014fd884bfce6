import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { piiSeverity } from "./piiSeverity.js";

const PHONE =
  /(?<![\d/])(?:(?:\+44\s?7\d{3}|\(?07\d{3}\)?)\s?\d{3}\s?\d{3}|\+44\s?\(?0?\)?[1-3]\d{2,4}\s?\d{3,4}\s?\d{3,4}|\(?0[1-3]\d{2,4}\)?\s?\d{3,4}\s?\d{3,4})(?![\d/])/g;

/** PII-008: UK mobile, landline and 03 numbers (pattern [inferred], DOMAIN.md §4.7). */
export const pii008PhoneNumber: BlockRule = {
  ids: ["PII-008"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    return [...block.text.matchAll(PHONE)]
      .filter((m) => m[0].replace(/\D/g, "").length >= 10)
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
