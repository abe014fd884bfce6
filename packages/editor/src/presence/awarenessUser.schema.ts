import { roleSchema } from "@sfo-review/schema";
import { z } from "zod";

/** The `user` field each client publishes in awareness; parsed because it comes from other clients. */
export const awarenessUserSchema = z.object({
  id: z.string().max(200),
  name: z.string().min(1).max(200),
  role: roleSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type AwarenessUser = z.infer<typeof awarenessUserSchema>;
