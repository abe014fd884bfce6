import type { BlockRule } from "../engine/BlockRule.js";
import { allMatches } from "../engine/allMatches.js";
import { createFinding } from "../engine/createFinding.js";
import { lookupAcronym } from "../text/acronymDictionary.js";
import { piiSeverity } from "./piiSeverity.js";

// A current-format UK registration mark: two letters, two digits, three letters ("ZQ19 XWL", "ZK64WTP").
const REGISTRATION = /(?<![\p{L}\p{N}/-])[A-Z]{2}\d{2}\s?[A-Z]{3}(?![\p{L}\p{N}/-])/gu;

// An older mark, a letter for the year first ("R417 KDT", 1983–2001): a shape other codes share, so only where the
// text speaks of a vehicle.
const PREFIX_REGISTRATION = /\b[A-HJ-PR-Y]\d{1,3}\s?[A-Z]{3}\b/g;
// A vehicle named just before the mark, in the same sentence: "Horsebox VRM R417 KDT", "drove the horsebox, R417 KDT".
const VEHICLE_BEFORE =
  /\b(?:VRM|reg(?:istration)?(?:\s+(?:mark|number|no\.?))?|number\s+plates?|plates?|horsebox|van|car|vehicle|Transit|lorry|truck|trailer|motorbike|moped|taxi)\b[^.;\n]{0,24}$/i;

// A firm's fleet vehicle, which identifies the firm: "Van VX73 KDN was allocated to round 9", "the garage courtesy car",
// "The lorry's registration was … on the weighbridge log". Not where the sentence names a keeper or a stop.
const FLEET_CUE =
  /\b(?:round\s+\d+|fleet|courtesy\s+(?:car|van)|minibus|weighbridge|weighed|pool\s+(?:car|van)|forklift|buggy|tractor|sponsor['’]s\s+van|(?:agency|brewery|library|farm|council|club|school|hospital|park|hostel|firm|delivery|warehouse|shop|charity|depot)\s+(?:van|minibus|lorry|truck|quad\s+bike)|hire\s+(?:firm|company|van|car)|zoo\s+van|belongs\s+to\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:School|Ltd|Limited|Council|Trust|Club|Centre|Zoo|Farm|Stables)|rental\s+(?:firm|company|van|car)|company\s+(?:van|car|vehicle|lorry)|(?:firm|company|school|club|business)['’]s\s+own|(?:car|van|bus|coach)\s+\d{1,3}(?=,))\b/i;
const KEEPER_CUE =
  /\b(?:registered\s+to|keeper|owner|owned|ANPR|stopped|hired|rented|bought|sold)\b|(?:['’]s|\b(?:his|her|their|my))\s+(?:own\s+)?(?:car|van|vehicle|motorbike|moped|lorry)\b/iu;

/**
 * PII-016 (identifying details of a third party, DOMAIN.md §4.7): a vehicle registration, which identifies its keeper.
 * "A hire car" or "his partner's car" says what the review needs.
 */
export const pii016VehicleRegistration: BlockRule = {
  ids: ["PII-016"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    // "FY24 SFO": a year's label and an acronym, not a registration.
    const marks = allMatches(REGISTRATION, block.text).filter((m) => !lookupAcronym(m[0].slice(-3)));
    for (const m of allMatches(PREFIX_REGISTRATION, block.text))
      if (
        !lookupAcronym(m[0].slice(-3)) &&
        VEHICLE_BEFORE.test(block.text.slice(Math.max(0, (m.index ?? 0) - 48), m.index)) &&
        !marks.some((k) => k.index === m.index)
      )
        marks.push(m);
    marks.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    return marks.map((m) => {
      const sentence = block.sentenceAt(m.index ?? 0)?.text ?? block.text;
      const fleet = FLEET_CUE.test(sentence) && !KEEPER_CUE.test(sentence);
      return createFinding(
        "PII-016",
        fleet ? "info" : severity,
        block.text,
        m.index ?? 0,
        (m.index ?? 0) + m[0].length,
        fleet
          ? "Vehicle registration of what reads as a firm's vehicle: check it identifies no person; describe the vehicle instead."
          : "Vehicle registration: it identifies the keeper; describe the vehicle instead.",
      );
    });
  },
};
