import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import type { Finding } from "../Finding.js";
import { piiSeverity } from "./piiSeverity.js";

const STREET =
  "(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Way|Crescent|Gardens|Grove|Place|Terrace|Court|Square|Hill|Rise|View|Walk|Mews|Park|Row|Parade|Green|Vale|Fields?|Mount|Meadows?|Wharf|Quay|Estate)";
const HOUSE = new RegExp(
  `\\b(?:(?:Flat|Apartment|Unit)\\s+\\d+[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}${STREET}\\b(?:,\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?`,
  "gu",
);
const FLAT = /\b(?:Flat|Apartment)\s+\d+[A-Za-z]?\b/g;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g;
const LIVES_AT = /\b(?:lives|lived|living|resides|resided|residing|moved)\s+(?:at|to)\s+(?=\d|(?:Flat|Apartment)\b)/gi;

/** PII-007: addresses and postcodes; "his partner's home" or "approved premises" pass. */
export const pii007Address: BlockRule = {
  ids: ["PII-007"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    const out: Finding[] = [];
    const spans: [number, number][] = [];
    const add = (from: number, to: number) => {
      const overlap = spans.find(([a, b]) => from <= b + 2 && to >= a - 2);
      if (overlap) {
        overlap[0] = Math.min(overlap[0], from);
        overlap[1] = Math.max(overlap[1], to);
      } else spans.push([from, to]);
    };
    for (const pattern of [HOUSE, FLAT, POSTCODE])
      for (const m of block.text.matchAll(pattern)) add(m.index ?? 0, (m.index ?? 0) + m[0].length);
    for (const m of block.text.matchAll(LIVES_AT)) {
      const start = (m.index ?? 0) + m[0].length;
      if (!spans.some(([a]) => a === start))
        add(start, start + (/^[^,.;]+/.exec(block.text.slice(start))?.[0].length ?? 0));
    }
    for (const [from, to] of spans.sort((a, b) => a[0] - b[0]))
      out.push(
        createFinding(
          "PII-007",
          severity,
          block.text,
          from,
          to,
          'Address or postcode: describe the place generically ("his partner\'s home").',
        ),
      );
    return out;
  },
};
