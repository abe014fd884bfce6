import { z } from "zod";
import { managingRegions } from "../config/managingRegions.js";
import { personRoles, staffStatuses } from "../config/personRoles.js";
import { optionalIdentifierSchema } from "./identifier.schema.js";

/**
 * Attributes of a `person` in the people register (DOMAIN.md §2.0). `name` is the real name
 * and never leaves the internal copy; `identifier` is what the text uses (PP1, Victim A).
 */
export const personSchema = z.strictObject({
  identifier: optionalIdentifierSchema.default(""),
  name: z.string().max(200).default(""),
  role: z.enum(personRoles).default("third-party"),
  region: z.enum(managingRegions).nullable().default(null),
  pronouns: z.string().max(40).default(""),
  /** Write about this person in gender-neutral language (003_953444ce864c2fe1.txt §3.4.4). */
  genderNeutral: z.boolean().default(true),
  status: z.enum(staffStatuses).nullable().default(null),
});
export type Person = z.infer<typeof personSchema>;
