import { z } from "zod";
import { managingRegions } from "../config/managingRegions.js";
import { currentReviewTemplateVersion, reviewTemplateVersions } from "../config/reviewTemplateVersions.js";
import { optionalIdentifierSchema } from "./identifier.schema.js";
import { isoDateSchema } from "./isoDate.schema.js";

export const reviewTypes = ["mandatory", "discretionary"] as const;
export const parallelReviewTypes = [
  "IMR",
  "DHR",
  "MAPPA SCR",
  "SCR",
  "SAR",
  "Child Practice Review",
  "Inquest",
] as const;
export const caseOutcomes = [
  "convicted of SFO",
  "convicted of lesser offence",
  "acquitted",
  "discontinued",
  "hospital order",
] as const;

const optionalDate = isoDateSchema.nullable().default(null);

/**
 * Attributes of the `caseRecord` node (DOMAIN.md §2.0). Every field may be empty while a
 * draft is written; completeness is a structural lint (STR rules), not a schema error.
 * `sfoReference` contains the surname (003_953444ce864c2fe1.txt §2.3), so it is restricted.
 */
export const caseRecordSchema = z
  .strictObject({
    sfoReference: z.string().max(100).default(""),
    managingRegion: z.enum(managingRegions).nullable().default(null),
    pdu: z.string().max(200).default(""),
    reviewType: z.enum(reviewTypes).nullable().default(null),
    /** Decided by the HMPPS SFO Team, not the region (§2.1, §2.4). */
    highProfile: z.boolean().nullable().default(null),
    seriousPracticeConcerns: z.boolean().nullable().default(null),
    charges: z.array(z.string().min(1).max(300)).default([]),
    firstCourtAppearance: optionalDate,
    sfoDate: optionalDate,
    sfoDateEnd: optionalDate,
    reviewPeriodStart: optionalDate,
    reviewPeriodEnd: optionalDate,
    templateVersion: z.enum(reviewTemplateVersions).default(currentReviewTemplateVersion),
    protectiveMarking: z.literal("OFFICIAL-SENSITIVE").default("OFFICIAL-SENSITIVE"),
    parallelReviews: z.array(z.enum(parallelReviewTypes)).default([]),
    outcome: z.enum(caseOutcomes).nullable().default(null),
    outcomeDetail: z.string().max(500).default(""),
    /** Register identifiers of the reviewing and countersigning managers. */
    reviewingManager: optionalIdentifierSchema.default(""),
    countersigningManager: optionalIdentifierSchema.default(""),
  })
  .superRefine((record, ctx) => {
    const ordered: [keyof typeof record, keyof typeof record][] = [
      ["sfoDate", "sfoDateEnd"],
      ["reviewPeriodStart", "reviewPeriodEnd"],
    ];
    for (const [from, to] of ordered) {
      const start = record[from];
      const end = record[to];
      if (typeof start === "string" && typeof end === "string" && end < start) {
        ctx.addIssue({
          code: "custom",
          path: [to],
          message: `must not be before ${from}`,
          params: { rule: "DOC-DATE" },
        });
      }
    }
  });
export type CaseRecord = z.infer<typeof caseRecordSchema>;
