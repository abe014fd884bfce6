import { roleSchema } from "@sfo-review/schema";
import { z } from "zod";

/** Body of `GET /demo/token?user=KEY`: a demo-only token for one of the demo users. */
export const demoTokenResponseSchema = z.object({
  token: z.string().min(1),
  documentName: z.string().min(1),
  user: z.object({ id: z.string(), name: z.string(), role: roleSchema }),
});
export type DemoTokenResponse = z.infer<typeof demoTokenResponseSchema>;
