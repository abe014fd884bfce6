import { z } from "zod";

/** Options of `createSfoServer` that can come from the command line or the environment. */
export const serverOptionsSchema = z.object({
  port: z.number().int().min(0).max(65535).default(4321),
  host: z.string().min(1).default("127.0.0.1"),
  dbPath: z.string().min(1).default("./data/reviews.sqlite"),
  authSecret: z
    .string({ error: "SFO_AUTH_SECRET is required: the HS256 secret that signs access tokens" })
    .min(32, "SFO_AUTH_SECRET must be at least 32 characters long"),
  maxMessageBytes: z
    .number()
    .int()
    .positive()
    .default(8 * 1024 * 1024),
  debounceMs: z.number().int().nonnegative().default(2_000),
  maxDebounceMs: z.number().int().positive().default(10_000),
  compactAfterUpdates: z.number().int().positive().default(200),
});
export type ServerOptionsInput = z.input<typeof serverOptionsSchema>;
export type ServerOptions = z.output<typeof serverOptionsSchema>;
