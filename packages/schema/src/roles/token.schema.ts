import { z } from "zod";
import { documentNameSchema } from "../document/documentName.schema.js";
import { roleSchema } from "./roles.js";

/**
 * Claims of an access token (HS256 JWT). `reviews` maps a document name to the
 * role the holder has on it; a document not listed is not accessible.
 */
export const tokenClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  reviews: z.record(documentNameSchema, roleSchema),
  exp: z.number().int().positive().optional(),
  iat: z.number().int().positive().optional(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;
