import pii from "../data/piiLexicon.json" with { type: "json" };
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { findPhrases } from "../engine/findPhrases.js";
import { piiSeverity } from "./piiSeverity.js";

const NAMED_CLINIC = /(?<!\p{L})(?!(?:The|This|That|His|Her|Their|Our|Your|Its|An?)\s)\p{Lu}\p{L}+\s+Clinic$/u;
// "Elburton Clinic, Church Road, Plymouth": a clinic's own address, as a service's letterhead gives it.
const STREET_AFTER =
  /^,\s*(?:\d+[A-Za-z]?\s+)?(?:\p{Lu}\p{L}+\s+){1,2}(?:Road|Street|Lane|Way|Avenue|Drive|Close|Place|Square|Hill)\b/u;
const STAFF = /\b(?:PP|SPO|PDU|QDO|PO|PSO|CM|RM)\d*\b/;

/** PII-013: medical information about the supervised individual; staff health is PII-015. */
export const pii013Medical: BlockRule = {
  ids: ["PII-013"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity || ctx.traits.plan) return [];
    return (
      findPhrases(block.text, pii.medical)
        .filter((h) => !STAFF.test(block.sentenceAt(h.from)?.text ?? ""))
        // "clinic" alone only in a clinic's name ("the Sexual Health Clinic"), not "the clinic letter", "Fracture
        // clinic" or "a memory clinic referral"; the capitals are the name's, so the test is case-sensitive.
        .filter(
          (h) =>
            !(
              h.phrase.toLowerCase() === "clinic" &&
              (!NAMED_CLINIC.test(block.text.slice(0, h.to)) || STREET_AFTER.test(block.text.slice(h.to, h.to + 60)))
            ),
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
        )
    );
  },
};
