import pii from "../data/piiLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";
import { piiSeverity } from "./piiSeverity.js";

const STAFF = /\b(?:PP|SPO|PDU|QDO|PO|PSO|CM|RM)\d*\b/;

/** PII-013: medical information about the supervised individual; staff health is PII-015. */
export const pii013Medical: BlockRule = {
  ids: ["PII-013"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity || ctx.traits.plan) return [];
    return findPhrases(block.text, pii.medical)
      .filter((h) => !STAFF.test(block.sentenceAt(h.from)?.text ?? ""))
      .filter(
        (h) => !(h.phrase.toLowerCase() === "clinic" && !/\p{Lu}\p{L}+\s+clinic$/iu.test(block.text.slice(0, h.to))),
      )
      .map((h) =>
        createFinding(
          "PII-013",
          severity,
          block.text,
          h.from,
          h.to,
          'Medical detail: move it to the not-for-disclosure column and keep a gist ("a history of mental ill health relevant to risk").',
        ),
      );
  },
};
