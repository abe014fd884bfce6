import { z } from "zod";

/**
 * An identifier used in the text for a person: PP1, SPO2, PDU1, Victim A, Mr K, All PDU SPOs.
 * No commas, because owner lists are shown comma-separated.
 */
export const identifierSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9 .'’-]{0,39}$/, "identifiers start with a letter and use letters, digits, spaces, . ' -");

/** An identifier, or empty while the user has not filled it in. */
export const optionalIdentifierSchema = z.union([z.literal(""), identifierSchema]);
